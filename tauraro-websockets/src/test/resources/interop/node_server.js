// An independent peer for the interop tests: Node's ws library as a server.
// Prints its port, serves until stdin closes. Usage: node node_server.js [--no-compression]
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({
  host: '127.0.0.1',
  port: 0,
  maxPayload: 16 * 1024 * 1024,
  perMessageDeflate: !process.argv.includes('--no-compression'),
  handleProtocols: (protocols) => (protocols.has('chat') ? 'chat' : false),
});
wss.on('connection', (ws, request) => {
  ws.on('message', (data, isBinary) => {
    const text = isBinary ? null : data.toString();
    if (text === 'close') {
      ws.close(4001, 'done');
    } else if (text === 'fail') {
      ws.close(1011, '');
    } else if (text === 'extensions') {
      ws.send(ws.extensions.split(';')[0] || 'none');
    } else {
      ws.send(data, { binary: isBinary });
    }
  });
});
wss.on('listening', () => console.log(wss.address().port));
process.stdin.on('end', () => wss.close(() => process.exit(0)));
process.stdin.resume();
