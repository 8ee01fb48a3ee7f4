import { parseCommandArgs, parsePort, UsageError } from '../../cli/command.ts';

const command = {
  name: 'probe',
  options: {
    port: { type: 'string', short: 'p', valueName: 'PORT', description: 'Port' },
    laut: { type: 'boolean', description: 'Mehr Meldungen' },
  },
  positionals: 'DATEI',
} as const;

describe('parseCommandArgs', () => {
  test('reads long, short, inline options and positionals', () => {
    expect(parseCommandArgs(command, ['--port', '80', 'a', '-p=81', '--laut', '--', '--b'])).toEqual({
      options: { port: '81', laut: true },
      positionals: ['a', '--b'],
    });
    expect(parseCommandArgs(command, ['-p', '0']).options.port).toBe('0');
  });

  test('rejects with German messages', () => {
    expect(() => parseCommandArgs(command, ['--lauter'])).toThrow(new UsageError('Unbekannte Option „--lauter“ für „wohngeld probe“.'));
    expect(() => parseCommandArgs(command, ['-x'])).toThrow('Unbekannte Option „-x“');
    expect(() => parseCommandArgs(command, ['-pl'])).toThrow('Unbekannte Option „-pl“');
    expect(() => parseCommandArgs(command, ['--port'])).toThrow('Die Option „--port“ braucht einen Wert (PORT).');
    expect(() => parseCommandArgs(command, ['--port='])).toThrow('braucht einen Wert');
    expect(() => parseCommandArgs(command, ['--laut=ja'])).toThrow('Die Option „--laut“ nimmt keinen Wert.');
    expect(() => parseCommandArgs({ ...command, positionals: undefined }, ['x'])).toThrow('Unerwartetes Argument „x“');
  });

  test('every usage error has exit code 2 and points to the help', () => {
    try {
      parseCommandArgs(command, ['--nein']);
      throw new Error('not thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      expect((e as UsageError).exitCode).toBe(2);
      expect((e as UsageError).hint).toBe('Hilfe: wohngeld help probe');
    }
  });
});

describe('parsePort', () => {
  test.each([['0', 0], ['8080', 8080], [' 65535 ', 65535]])('%s is port %d', (value, port) => {
    expect(parsePort(value, 'PORT')).toBe(port);
  });
  test.each(['-1', '65536', '80.5', 'acht', ''])('%j is rejected', (value) => {
    expect(() => parsePort(value, 'PORT')).toThrow(/Ungültiger Port in PORT/);
  });
});
