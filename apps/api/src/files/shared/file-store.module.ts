import { Global, Module } from '@nestjs/common';
import { FILE_STORE, fileStoreFromEnv } from '@hazard-ledger/file-store';

/** The evidence file store named by FILE_STORE / FILES_DIR / S3_* (README "Evidence files"). */
@Global()
@Module({
  providers: [{ provide: FILE_STORE, useFactory: () => fileStoreFromEnv(process.env) }],
  exports: [FILE_STORE],
})
export class FileStoreModule {}
