import { describe, expect, it } from 'vitest';
import { cliExample, shellWord } from '../src/cli-example.js';

describe('cliExample', () => {
  it('stays bare for the default data dir and port', () => {
    expect(cliExample('/repo', '/repo/data', 'http://127.0.0.1:8080')).toEqual({
      create: 'echo "hello through the mixnet" | npx pastenym create',
      get: "npx pastenym get '<the link it prints>'",
    });
  });

  it('names a data dir inside the repository relative to it, and another page', () => {
    expect(cliExample('/repo', '/repo/data2', 'http://127.0.0.1:8081')).toEqual({
      create:
        'echo "hello through the mixnet" | npx pastenym create --data-dir data2 --instance http://127.0.0.1:8081',
      get: "npx pastenym get --data-dir data2 '<the link it prints>'",
    });
  });

  it('names a data dir outside the repository (or the repository itself) by its full path', () => {
    expect(cliExample('/repo', '/tmp/my data', 'http://127.0.0.1:8080').get).toBe(
      "npx pastenym get --data-dir '/tmp/my data' '<the link it prints>'",
    );
    expect(cliExample('/repo', '/repo', 'http://127.0.0.1:8080').get).toBe(
      "npx pastenym get --data-dir /repo '<the link it prints>'",
    );
  });
});

describe('shellWord', () => {
  it('quotes what a shell would split or expand', () => {
    expect(shellWord('/tmp/a-b_c.d')).toBe('/tmp/a-b_c.d');
    expect(shellWord("it's $HOME")).toBe(`'it'\\''s $HOME'`);
  });
});
