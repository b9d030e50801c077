import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { SharedModule } from '../shared/shared.module';
import { UploadFileController } from './upload-file/upload-file.controller';
import { ResumableUploadController } from './resumable-upload/resumable-upload.controller';
import { DownloadFileController } from './download-file/download-file.controller';
import { ThumbnailController } from './download-file/thumbnail.controller';
import { CitedFile } from './download-file/cited-file';

/** Evidence files: upload (multipart, resumable), verified download with ranges, thumbnails (issue 18). */
@Module({
  imports: [SharedModule, MetricsModule],
  // The tus routes first: `files/uploads/...` must not be read as a digest.
  controllers: [ResumableUploadController, UploadFileController, ThumbnailController, DownloadFileController],
  providers: [CitedFile],
})
export class FilesModule {}
