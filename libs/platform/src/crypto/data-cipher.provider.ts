import type { Provider } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DataCipher } from './data-cipher.js';
import { KeyedHasher } from './keyed-hash.js';

export const DATA_CIPHER_PROVIDER: Provider = {
  provide: DataCipher,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new DataCipher(config.encryptionKeys),
};

export const KEYED_HASHER_PROVIDER: Provider = {
  provide: KeyedHasher,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new KeyedHasher(config.encryptionKeys),
};
