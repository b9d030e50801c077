import { Module } from '@nestjs/common';
import { RegisterExportController } from '../exports/register-export.controller';
import { GetDocumentRegisterController } from './get-document-register/get-document-register.controller';
import { GetPenaltyRegisterController } from './get-penalty-register/get-penalty-register.controller';
import { RegisterReader } from './register-read';

/** The regulator's registers (执法文书台账, 行政处罚台账) and their exports; the read services come from ReadsModule. */
@Module({
  controllers: [GetDocumentRegisterController, GetPenaltyRegisterController, RegisterExportController],
  providers: [RegisterReader],
})
export class RegistersModule {}
