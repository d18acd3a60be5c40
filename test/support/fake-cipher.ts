import type { Cipher } from '../../src/main/core/settings/secret-vault';

/**
 * Stands in for safeStorage where Electron cannot run: reversible, but the stored text never
 * contains the key (so a test can search the disk for it). `weak` plays Linux's basic_text.
 */
export class FakeCipher implements Cipher {
  constructor(
    private readonly weak = false,
    private readonly available = true,
  ) {}
  isAvailable(): boolean {
    return this.available;
  }
  isWeak(): boolean {
    return this.weak;
  }
  backend(): string {
    return this.weak ? 'basic_text' : 'test_cipher';
  }
  encrypt(plain: string): Promise<string> {
    return Promise.resolve(`fake:${Buffer.from([...plain].reverse().join(''), 'utf8').toString('base64')}`);
  }
  decrypt(encoded: string): Promise<string> {
    if (!encoded.startsWith('fake:')) return Promise.reject(new Error('not encrypted by FakeCipher'));
    return Promise.resolve([...Buffer.from(encoded.slice(5), 'base64').toString('utf8')].reverse().join(''));
  }
}
