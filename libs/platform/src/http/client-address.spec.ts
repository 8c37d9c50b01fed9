import { clientAddress, trustProxySetting } from './client-address.js';

describe('clientAddress', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::FFFF:198.51.100.4', '198.51.100.4'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
  ])('counts %s as %s', (ip, expected) => {
    expect(clientAddress({ ip })).toBe(expected);
  });

  it('counts every address of one /64 as one client, and other /64s apart', () => {
    expect(clientAddress({ ip: '2001:db8:1:2::a' })).toBe(clientAddress({ ip: '2001:db8:1:2:ffff:ffff:ffff:ffff' }));
    expect(clientAddress({ ip: '2001:db8:1:2::a' })).not.toBe(clientAddress({ ip: '2001:db8:1:3::a' }));
  });

  it('falls back to the socket, and to "unknown" when there is no address', () => {
    expect(clientAddress({ socket: { remoteAddress: '192.0.2.1' } })).toBe('192.0.2.1');
    expect(clientAddress({})).toBe('unknown');
    expect(clientAddress({ ip: 'not an address' })).toBe('unknown');
  });
});

describe('trustProxySetting', () => {
  it('trusts no proxy unless configured', () => {
    expect(trustProxySetting({ trustProxy: undefined })).toBe(false);
    expect(trustProxySetting({ trustProxy: 2 })).toBe(2);
    expect(trustProxySetting({ trustProxy: ['loopback', '10.0.0.0/8'] })).toEqual(['loopback', '10.0.0.0/8']);
  });
});
