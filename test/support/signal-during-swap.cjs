// Preloaded with `node --require` (through NODE_OPTIONS) by the CLI tests: sends SWAP_SIGNAL to this
// process at the output writer's first rename, i.e. in the middle of its synchronous swap, to show what a
// Ctrl-C at that moment does.
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');

const signal = process.env.SWAP_SIGNAL;
const renameSync = fs.renameSync;
let sent = false;
fs.renameSync = function (from, to) {
  if (!sent && signal) {
    sent = true;
    process.kill(process.pid, signal);
  }
  return renameSync.call(this, from, to);
};
syncBuiltinESMExports();
