// `npm start`: runs the whole system on the local mixnet. Until every part exists it says
// plainly what is missing and exits non-zero rather than pretend.
const parts = [
  ['crypto providers and encodings', true],
  ['Sphinx packet format', false],
  ['local mixnet (directory, mix nodes, gateways, client core)', false],
  ['local nym-client daemon', false],
  ['paste server', false],
  ['web app', false],
];

console.error('Pastenym: the one-command local stack is not complete yet.\n');
for (const [name, ready] of parts) console.error(`  ${ready ? '[ready]  ' : '[missing]'} ${name}`);
console.error('\nRun `npm test` to check what exists.');
process.exit(1);
