import calendar, contextlib, io, sys

def run(*argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            calendar.main(['calendar.py'] + list(argv))
        sys.stdout.flush()
        print('| ok')
    except SystemExit as e:
        sys.stdout.flush()
        print('| exit', e.code, err.getvalue().splitlines()[-1:])

run('2024', '2')
run('2024', '2', '-w', '3', '-l', '2')
run('2023')
run('-s', '3', '-m', '2', '2023')
run('-w', '1', '-m', '4', '2000')
run('-e', 'ascii', '2024', '1')
run('-L', 'C', '2024', '3')
run('-t', 'html', '2024', '2')
run('-t', 'xml', '2024')
run('2024', 'x')
run('1', '2', '3')
run('-w')
sys.stdout.flush()
run('-t', 'html', '-c', 'my.css', '2024')
run('-t', 'html', '-e', 'ascii', '1999')
