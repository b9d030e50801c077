/** Evidence files: the content-addressed store port, its adapters, verification on read, type sniffing. */
export * from './file-store.port';
export * from './local-file-store';
export * from './s3-file-store';
export * from './verified-read';
export * from './file-kinds';
export * from './hashing-source';
export * from './file-store-config';
export * from './evidence-refs';
export * from './verify-files';
