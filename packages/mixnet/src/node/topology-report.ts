import type { Mixnet } from './launcher.js';

/** The launcher's printout: where everything is, for people and for configuring clients. */
export function formatMixnet(mixnet: Mixnet): string {
  const lines = [
    `Local mixnet running (profile ${mixnet.profile.name})`,
    `  directory  ${mixnet.directoryUrl}  key ${mixnet.directoryKey}`,
  ];
  for (const node of mixnet.nodes) {
    const role = node.kind === 'mix' ? `layer ${node.layer ?? '?'}` : 'gateway';
    const clients = node.clientUrl ? `  clients ${node.clientUrl}` : '';
    lines.push(
      `  ${role.padEnd(8)} ${node.name.padEnd(10)} ${node.address}  port ${node.port}${clients}`,
    );
  }
  lines.push(`State file: ${mixnet.stateFile}`);
  lines.push(`Admitted nodes besides these: ${mixnet.admittedNodesFile}`);
  return `${lines.join('\n')}\n`;
}
