# shlex: POSIX splitting with quotes, escapes and comments; quote and join; the errors
import shlex

for line in ['ls -l "my file.txt"', "echo 'single quoted' \"double $HOME\" plain", r'a\ b c\\d "e\"f" ' + "'g\\h'",
             "cmd --opt=val  # trailing", "  spaced   out  ", "", 'empty "" args \'\'', "x\ty\nz", 'a"b c"d']:
    print(repr(line), shlex.split(line), shlex.split(line, comments=True))
for bad in ['unterminated "quote', "it's", "trailing \\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
for word in ["simple", "with space", "it's", "", "a$b", "safe-_./:=@%+,", "tab\there", "ünïcode"]:
    print(repr(word), shlex.quote(word))
cmd = ["grep", "-r", "hello world", "it's", "*.py"]
print(shlex.join(cmd), shlex.split(shlex.join(cmd)) == cmd)
