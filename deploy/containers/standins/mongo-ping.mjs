// Health check of the MongoDB stand-in: sends {ping: 1} as an OP_MSG to 127.0.0.1:27017 and exits
// 0 when the answer has ok: 1 (what `mongosh --eval "db.adminCommand('ping')"` checks on a real mongod).
import net from 'node:net';
import { BSON } from 'bson';

const body = Buffer.from(BSON.serialize({ ping: 1, $db: 'admin' }));
const header = Buffer.alloc(21); // length, requestID, responseTo, opCode 2013 (OP_MSG), flags, section kind 0
header.writeInt32LE(21 + body.length, 0);
header.writeInt32LE(1, 4);
header.writeInt32LE(2013, 12);

const socket = net.connect(27017, '127.0.0.1', () => socket.write(Buffer.concat([header, body])));
let reply = Buffer.alloc(0);
socket.on('data', (chunk) => {
  reply = Buffer.concat([reply, chunk]);
  if (reply.length >= 4 && reply.length >= reply.readInt32LE(0)) {
    const ok = BSON.deserialize(reply.subarray(21)).ok === 1;
    process.exit(ok ? 0 : 1);
  }
});
socket.on('error', () => process.exit(1));
setTimeout(() => process.exit(1), 3000);
