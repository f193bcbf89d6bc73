import http.client, io
m = http.client.parse_headers(io.BytesIO(b'Host: x\r\nX-A: 1\r\n  cont\r\nX-A: 2\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\nbody'))
print(m.getallmatchingheaders('X-A'), m.get_all('x-a'), repr(str(m)), m.items(), [c.__name__ for c in type(m).__mro__])
print(m.get_content_type(), m.get_content_charset(), m['host'], m.get('missing', 'd'), len(m), 'X-A' in m)
try:
    http.client.parse_headers(io.BytesIO(b'A: b\r\n' * 101 + b'\r\n'))
except http.client.HTTPException as e:
    print(type(e).__name__, e)
try:
    http.client.parse_headers(io.BytesIO(b'A: ' + b'x' * 70000 + b'\r\n\r\n'))
except http.client.HTTPException as e:
    print(type(e).__name__, e)
