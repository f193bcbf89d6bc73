from email import *
print(sorted(k for k in dir() if not k.startswith('_')))
import email.mime.text, email.headerregistry, email.contentmanager
print(email.mime.text.MIMEText('x')['content-type'])
