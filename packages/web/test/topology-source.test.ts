import { afterEach, describe, expect, it, vi } from 'vitest';
import { topologyFetch } from '../src/net/topology-source.js';

afterEach(() => vi.unstubAllGlobals());

describe('topologyFetch', () => {
  it('answers first with the topology from the configuration, then re-reads config.json', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.resolve(Response.json({ local: { topology: { epoch: 2 } } }));
    });
    const fetchTopology = topologyFetch({
      directoryKey: 'k',
      topology: { epoch: 1 },
      configUrl: 'http://site/config.json',
    });
    expect(await (await fetchTopology('http://topology.invalid/v1/topology')).json()).toEqual({
      epoch: 1,
    });
    expect(fetched).toEqual([]);
    expect(await (await fetchTopology('http://topology.invalid/v1/topology')).json()).toEqual({
      epoch: 2,
    });
    expect(fetched).toEqual(['http://site/config.json']);
  });

  it('keeps the topology it has when there is no config.json to refresh from', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('must not fetch')));
    const fetchTopology = topologyFetch({ directoryKey: 'k', topology: { epoch: 1 } });
    await fetchTopology('x');
    expect(await (await fetchTopology('x')).json()).toEqual({ epoch: 1 });
  });

  it('uses the real fetch when the configuration names a directory', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', (url: URL) => {
      calls.push(String(url));
      return Promise.resolve(Response.json({ from: 'directory' }));
    });
    const fetchTopology = topologyFetch({ directoryKey: 'k', directoryUrl: 'http://dir:9000/' });
    expect(await (await fetchTopology(new URL('http://dir:9000/v1/topology'))).json()).toEqual({
      from: 'directory',
    });
    expect(calls).toEqual(['http://dir:9000/v1/topology']);
  });
});
