import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

/**
 * scrypt's cost for a staff PIN or passphrase: about 0.2 s and 32 MB on this 2-core machine, so a copied staff
 * file costs an attacker that much per guess, while signing in stays instant for a person.
 * Stored with each hash, so raising them later still verifies the hashes made before.
 */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, saltBytes: 16 } as const;

export const SecretHash = z.strictObject({
  algorithm: z.literal('scrypt'),
  N: z
    .int()
    .min(2)
    .max(2 ** 20),
  r: z.int().min(1).max(32),
  p: z.int().min(1).max(16),
  salt: z.base64().max(200),
  hash: z.base64().max(200),
});
export type SecretHash = z.infer<typeof SecretHash>;

function derive(secret: string, salt: Buffer, { N, r, p }: { N: number; r: number; p: number }, length: number) {
  // scrypt needs 128·N·r bytes; say so, or Node refuses anything above its 32 MB default.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** A fresh salt and the secret's scrypt hash. */
export async function hashSecret(secret: string): Promise<SecretHash> {
  const salt = randomBytes(SCRYPT_PARAMS.saltBytes);
  const { N, r, p, keyLength } = SCRYPT_PARAMS;
  const hash = await derive(secret, salt, { N, r, p }, keyLength);
  return { algorithm: 'scrypt', N, r, p, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

/** Whether `secret` is the one hashed, compared in constant time. */
export async function secretMatches(secret: string, stored: SecretHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(secret, Buffer.from(stored.salt, 'base64'), stored, expected.length);
  return timingSafeEqual(actual, expected);
}
