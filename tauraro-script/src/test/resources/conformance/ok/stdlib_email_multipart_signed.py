import email, io
from email.generator import Generator
from email import policy
long = 'X-Long: ' + ' '.join('w%d' % i for i in range(40))
src = ('Content-Type: multipart/signed; boundary="S"; protocol="application/pgp-signature"\n\n'
       '--S\n' + long + '\nContent-Type: text/plain\n\nsigned text\n--S\nContent-Type: application/pgp-signature\n\nSIG\n--S--\n')
for pol in (policy.compat32, policy.default):
    m = email.message_from_string(src, policy=pol)
    f = io.StringIO(); Generator(f, policy=pol.clone(refold_source='all') if pol is policy.default else pol).flatten(m); print(f.getvalue())
m = email.message_from_string(src.replace('signed', 'mixed', 1))
f = io.StringIO(); Generator(f).flatten(m); print(f.getvalue())
