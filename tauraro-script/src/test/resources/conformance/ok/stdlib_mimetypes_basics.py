# CPython reads the system's mime.types files in init(); emptying knownfiles first leaves the
# built-in table only, which is what tauraro's mimetypes has.
import mimetypes
mimetypes.knownfiles = []
import os, tempfile

print(sorted(mimetypes.__all__), mimetypes.inited)
for url in ['a.html', 'A.HTML', 'x.tar.gz', 'x.tgz', 'x.svgz', 'x.tar.bz2', 'x.tbz2', 'x.txz', 'x.tar.xz',
            'x.gz', 'x.Z', 'x.z', 'x.GZ', 'x.br', 'x.js', 'x.json', 'x.py', 'x.pyc', 'photo.JPG', 'p.jpeg',
            'song.mp3', 'v.mp4', 'x.webp', 'x.rtf', 'x.midi', 'x.xul', 'x.pict', 'noext', '.bashrc',
            'dir.d/file', 'http://example.com/a/b.css?x=1', 'http://example.com/index.html',
            'https://h/x.png#frag', 'file:///tmp/a.pdf', 'data:,Hello', 'data:text/html,<p>x',
            'data:text/html;base64,PHA+', 'data:image/png;charset=x,abc', 'data:foo,bar', 'data:a=b,c',
            'data:nocomma', 'DATA:text/css,x', 'c:\\dir\\x.txt', 'x.csv', 'x.wasm', 'x.svg.gz', 'x.tar.Z',
            'archive.zip', 'x.md', 'x.webmanifest', 'x.mjs', '', '.', 'a.', 'x.heic', 'x.avif']:
    print(repr(url), mimetypes.guess_type(url), mimetypes.guess_type(url, strict=False))
import pathlib
print(mimetypes.guess_type(pathlib.PurePosixPath('/x/y.txt')))
for t in ['text/html', 'TEXT/HTML', 'image/jpeg', 'image/jpg', 'application/javascript', 'text/plain',
          'audio/midi', 'application/octet-stream', 'video/mpeg', 'application/x-nothing', 'image/pict',
          'text/xml', 'image/tiff', 'application/x-tar', 'text/x-python']:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_extension(t, strict=False),
          mimetypes.guess_all_extensions(t), mimetypes.guess_all_extensions(t, strict=False))
print(mimetypes.inited, len(mimetypes.types_map), len(mimetypes.common_types), mimetypes.suffix_map,
      mimetypes.encodings_map)
print(sorted(mimetypes.types_map.items())[:10])
print(sorted(mimetypes.common_types.items()))

mimetypes.add_type('text/x-custom', '.cust')
mimetypes.add_type('text/x-custom', '.cst')
mimetypes.add_type('text/x-loose', '.loose', strict=False)
mimetypes.add_type('text/html', '.xhtm')
print(mimetypes.guess_type('f.cust'), mimetypes.guess_type('f.CST'), mimetypes.guess_type('f.loose'),
      mimetypes.guess_type('f.loose', False), mimetypes.guess_all_extensions('text/x-custom'),
      mimetypes.guess_all_extensions('text/html'), mimetypes.guess_extension('text/x-loose', False),
      mimetypes.types_map['.cust'], mimetypes.common_types['.loose'])
mimetypes.add_type('TEXT/UPPER', '.UP')
print(mimetypes.guess_type('a.up'), mimetypes.guess_type('a.UP'), mimetypes.guess_all_extensions('text/upper'),
      mimetypes.guess_all_extensions('TEXT/UPPER'))

db = mimetypes.MimeTypes()
print(db.guess_type('f.cust'), db.guess_type('x.html'), len(db.types_map[True]), len(db.types_map[False]),
      len(db.types_map_inv[True]), len(db.types_map_inv[False]), db.types_map_inv[True]['image/jpeg'])
db.add_type('application/x-mine', '.mine')
print(db.guess_type('a.mine'), mimetypes.guess_type('a.mine'))
db.suffix_map['.foo'] = '.tar.gz'
db.encodings_map['.enc'] = 'enc'
print(db.guess_type('a.foo'), db.guess_type('a.txt.enc'), db.guess_type('a.txt.ENC'))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'mime.types')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# a comment line\n\ntext/x-one one uno   # trailing comment\n'
                'application/x-two two\napplication/x-none\ntext/x-three th#ree three\n')
    print(sorted(mimetypes.read_mime_types(path).items())[-8:])
    print(len(mimetypes.read_mime_types(path)))
    print(mimetypes.read_mime_types(os.path.join(d, 'missing')))
    db2 = mimetypes.MimeTypes([path])
    print(db2.guess_type('x.uno'), db2.guess_type('x.two'), db2.guess_type('x.three'), db2.guess_type('x.th'))
    db3 = mimetypes.MimeTypes([path], strict=False)
    print(db3.guess_type('x.one'), db3.guess_type('x.one', strict=False), db3.guess_all_extensions('text/x-one', False))
    db4 = mimetypes.MimeTypes()
    db4.read(path)
    print(db4.guess_extension('text/x-one'))
    mimetypes.init([path])
    print(mimetypes.guess_type('x.one'), mimetypes.guess_type('x.cust'), mimetypes.guess_type('x.html'))
    mimetypes.init()
    print(mimetypes.guess_type('x.one'), mimetypes.guess_type('x.cust'), mimetypes.guess_type('x.html'))
    mimetypes.init([path, os.path.join(d, 'missing')])
    print(mimetypes.guess_type('x.one'))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('guess None', lambda: mimetypes.guess_type(None))
attempt('guess int', lambda: mimetypes.guess_type(5))
attempt('ext None', lambda: mimetypes.guess_extension(None))
attempt('read missing', lambda: mimetypes.MimeTypes().read('/nonexistent/mime.types'))
