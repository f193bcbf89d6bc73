"""email.mime: classes that build MIME messages (MIMEText, MIMEMultipart, MIMEApplication,
MIMEImage, MIMEAudio, MIMEMessage over MIMEBase), written for tauraro-script from the Python
3.11 documentation."""
