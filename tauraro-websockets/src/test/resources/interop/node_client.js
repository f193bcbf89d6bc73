// An independent peer for the interop tests: Node's ws library as a client.
// Usage: node node_client.js ws://host:port; prints what it saw, one fact a line. It always offers
// permessage-deflate (ws's default): the server under test accepts or refuses it.
const WebSocket = require('ws');

const base = process.argv[2];

function open(path) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(base + path, ['chat'], { perMessageDeflate: true, maxPayload: 16 * 1024 * 1024 });
    const queue = [];
    const waiters = [];
    ws.on('message', (data, isBinary) => {
      const m = isBinary ? data : data.toString();
      if (waiters.length) waiters.shift()(m); else queue.push(m);
    });
    ws.recv = () => new Promise((r) => (queue.length ? r(queue.shift()) : waiters.push(r)));
    ws.closed = new Promise((r) => ws.on('close', (code, reason) => r([code, reason.toString()])));
    ws.on('open', () => resolve(ws));
    ws.on('error', reject);
  });
}

(async () => {
  const ws = await open('/echo');
  console.log('subprotocol', ws.protocol);
  console.log('extensions', ws.extensions.split(';')[0] || 'none');
  ws.send('héllo');
  console.log('text', await ws.recv());
  ws.send(Buffer.from([0, 1, 255]));
  console.log('bytes', [...(await ws.recv())].join(' '));
  ws.send('frag', { fin: false });
  ws.send('mented', { fin: true });
  console.log('fragmented', await ws.recv());
  ws.send(Buffer.alloc(10 * 1024 * 1024, 120));
  console.log('big', (await ws.recv()).length);
  await new Promise((r) => { ws.once('pong', (data) => r(data)); ws.ping('ping-data'); })
    .then((data) => console.log('pong', data.toString()));
  ws.close(4002, 'bye');
  const [code, reason] = await ws.closed;
  console.log('closed', code, reason);

  const failing = await open('/fail');
  console.log('handler error', (await failing.closed)[0]);
  const going = await open('/server-close');
  console.log('server closed', ...(await going.closed));
})().catch((e) => { console.error(e); process.exit(1); });
