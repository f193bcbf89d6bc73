from email.header import Header, decode_header, make_header
for s, kw in [('word '*30, dict(header_name='Subject')), ('ab; cd, ef '*10, dict(header_name='X-Long')), ('x'*100, {}), ('é'*60, dict(charset='utf-8', header_name='Subject')), ('Grüße aus Köln und noch viel mehr Text der umbrochen werden muss', dict(charset='iso-8859-1', header_name='Subject')), ('short', dict(header_name='To')), ('a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,'*3, dict(header_name='X-Commas')), ('tab\tsep '*12, dict(header_name='X-Tab', continuation_ws='\t'))]:
    h = Header(s, **kw); print(h.encode()); print(h.encode(maxlinelen=40)); print(repr(str(h)))
h = Header('Hello', 'us-ascii'); h.append(' wörld','utf-8'); h.append(' end'); print(h.encode(), repr(str(h)))
h = Header(); h.append(b'caf\xe9', 'iso-8859-1'); h.append('x'); print(h.encode(), repr(str(h)))
print(Header('a\n b').encode())
for s in ['plain text', '=?utf-8?q?h=C3=A9llo?=', '=?utf-8?q?h=C3=A9llo?= world', 'pre =?utf-8?b?aMOpbGxv?= =?utf-8?q?_w?= post', '=?iso-8859-1?q?a?==?utf-8?q?b?=', '=?UTF-8?Q?x?= =?utf-8?q?y?=', '=?bad']:
    d = decode_header(s); print(repr(s), d, repr(str(make_header(d))))
h = Header('héllo wörld', 'utf-8'); print(h.encode(), repr(str(h)), h == 'héllo wörld', decode_header(h))
print(Header('abc') == 'abc')
