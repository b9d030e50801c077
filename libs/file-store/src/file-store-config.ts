import { isAbsolute, resolve } from 'node:path';
import * as Joi from 'joi';
import { FileStore } from './file-store.port';
import { LocalFileStore } from './local-file-store';
import { S3FileStore } from './s3-file-store';

export interface FileStoreConfig {
  FILE_STORE: 'local' | 's3';
  /** The local store's directory (the data directory's `files`). */
  FILES_DIR: string;
  /** Unfinished resumable (tus) uploads; finished ones move into the store. */
  UPLOADS_DIR: string;
  S3_BUCKET?: string;
  S3_ENDPOINT?: string;
  S3_REGION: string;
  S3_PREFIX: string;
  S3_FORCE_PATH_STYLE: boolean;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
}

const schema = Joi.object<FileStoreConfig>({
  FILE_STORE: Joi.string().valid('local', 's3').default('local'),
  FILES_DIR: Joi.string().default('.data/files'),
  UPLOADS_DIR: Joi.string().default('.data/uploads'),
  S3_BUCKET: Joi.string().min(3).when('FILE_STORE', { is: 's3', then: Joi.required() }),
  S3_ENDPOINT: Joi.string().uri({ scheme: ['http', 'https'] }),
  S3_REGION: Joi.string().default('us-east-1'),
  S3_PREFIX: Joi.string().allow('').default(''),
  S3_FORCE_PATH_STYLE: Joi.boolean().default(false),
  S3_ACCESS_KEY_ID: Joi.string(),
  S3_SECRET_ACCESS_KEY: Joi.string(),
}).options({ allowUnknown: true, stripUnknown: true });

const settings = (env: NodeJS.ProcessEnv): FileStoreConfig => {
  const { error, value } = schema.validate(env, { abortEarly: false });
  if (error) throw new Error(`文件存储配置错误 / Invalid file store settings: ${error.message}`);
  return value;
};

const absolute = (dir: string): string => (isAbsolute(dir) ? dir : resolve(process.cwd(), dir));

/** Where unfinished resumable uploads wait (always local: the tus protocol appends to them). */
export const uploadsDirFromEnv = (env: NodeJS.ProcessEnv): string => absolute(settings(env).UPLOADS_DIR);

/** The evidence file store the settings name; a bad setting stops start-up with the variable's name. */
export const fileStoreFromEnv = (env: NodeJS.ProcessEnv): FileStore => {
  const value = settings(env);
  if (value.FILE_STORE === 'local') return new LocalFileStore(absolute(value.FILES_DIR));
  return new S3FileStore({
    bucket: value.S3_BUCKET as string,
    prefix: value.S3_PREFIX,
    client: {
      region: value.S3_REGION,
      forcePathStyle: value.S3_FORCE_PATH_STYLE,
      ...(value.S3_ENDPOINT ? { endpoint: value.S3_ENDPOINT } : {}),
      ...(value.S3_ACCESS_KEY_ID && value.S3_SECRET_ACCESS_KEY
        ? { credentials: { accessKeyId: value.S3_ACCESS_KEY_ID, secretAccessKey: value.S3_SECRET_ACCESS_KEY } }
        : {}),
    },
  });
};
