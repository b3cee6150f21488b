import mimetypes
for f in ['a.html', 'a.txt', 'a.png', 'a.json', 'a.py', 'a.csv', 'a.js', 'a.css', 'a.jpg', 'a.gif', 'a.pdf', 'a.zip', 'a.tar.gz', 'a.svg', 'a.mp3', 'a.mp4', 'a.xml', 'a.unknownext', 'README', 'a.tgz', 'a.md', 'a.wasm', 'http://x.com/a.html?x=1', 'data:text/plain,hi', 'data:;base64,xx', 'A.HTML', 'x.svgz', 'photo.JPEG', 'archive.tar.bz2', 'doc.rtf', 'font.woff2', 'x.webp']:
    print(f, mimetypes.guess_type(f), mimetypes.guess_type(f, strict=False))
for t in ['text/plain', 'image/jpeg', 'application/json', 'text/html', 'image/png', 'application/x-python', 'video/mp4', 'application/zip', 'nope/nope', 'text/markdown']:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_all_extensions(t)[:6], mimetypes.guess_all_extensions(t, strict=False)[:6])
mimetypes.add_type('application/x-moult', '.moult')
print(mimetypes.guess_type('f.moult'), mimetypes.guess_extension('application/x-moult'), mimetypes.inited)
db = mimetypes.MimeTypes()
print(db.guess_type('a.json'), db.guess_extension('text/css'), len(mimetypes.types_map) > 100, mimetypes.suffix_map['.tgz'])
