import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsPositive,
  ValidateNested,
} from 'class-validator';
import { DISCOVERY_METHODS, HIDDEN_FACTOR_KINDS, TREATMENT_STAGES } from '@hazard-ledger/domain';
import { IsRecordId, IsText, LIMITS } from '../hazards/shared/hazard-dto';
import { IsDay } from './contractors.requests';

const Measure = () => (target: object, key: string) => {
  ApiPropertyOptional({ example: 100 })(target, key);
  IsOptional()(target, key);
  IsNumber({ allowNaN: false, allowInfinity: false })(target, key);
  IsPositive()(target, key);
};

export class FactorSizeRequest {
  @Measure() areaM2?: number;
  @Measure() volumeM3?: number;
  @Measure() heightM?: number;
  @Measure() spanM?: number;
}

/** 隐蔽致灾因素: one factor of the census. */
export class RecordHiddenFactorRequest {
  @ApiProperty({ example: 'mine-demo-1' }) @IsRecordId() mineId!: string;
  @ApiProperty({ enum: HIDDEN_FACTOR_KINDS }) @IsIn(HIDDEN_FACTOR_KINDS) kind!: string;
  @ApiProperty({ example: '-120m 中段 3# 采场下盘' }) @IsText(LIMITS.location) location!: string;

  @ApiProperty({ type: FactorSizeRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => FactorSizeRequest)
  size!: FactorSizeRequest;

  @ApiProperty({ enum: DISCOVERY_METHODS }) @IsIn(DISCOVERY_METHODS) method!: string;
  @ApiProperty({ example: 'CK-2024-03 采掘工程平面图 B4' }) @IsText(LIMITS.location) mapRef!: string;
  @ApiProperty({ example: '2024-03-01' }) @IsDay() foundOn!: string;
}

export class CrossValidateHiddenFactorRequest {
  @ApiProperty({ enum: DISCOVERY_METHODS }) @IsIn(DISCOVERY_METHODS) method!: string;
  @ApiProperty({ example: true }) @IsBoolean() confirmed!: boolean;
  @ApiProperty({ example: 'ZK-7 钻孔见空' }) @IsText(LIMITS.description) note!: string;
}

export class RecordHiddenFactorTreatmentRequest {
  @ApiProperty({ enum: TREATMENT_STAGES }) @IsIn(TREATMENT_STAGES) stage!: string;
  @ApiProperty({ example: '尾砂充填' }) @IsText(LIMITS.description) measures!: string;
}

export class NoteRequest {
  @ApiProperty({ example: '充填体强度检测合格' }) @IsText(LIMITS.description) note!: string;
}

export class ExamItemRequest {
  @ApiProperty({ example: 'item-1' }) @IsRecordId() itemId!: string;
  @ApiProperty({ example: '安全管理机构设置与运行' }) @IsText(LIMITS.location) item!: string;
  @ApiProperty({ example: '赵矿长' }) @IsText(LIMITS.name) owner!: string;
  @ApiPropertyOptional({ example: '2024-12-31', description: '缺省为 physical-exam 政策的整改期限 / policy default' })
  @IsOptional()
  @IsDay()
  deadline?: string;
}

/** 体检式精查 of one mine. */
export class LaunchExamCampaignRequest {
  @ApiProperty({ example: 'mine-demo-1' }) @IsRecordId() mineId!: string;
  @ApiProperty({ example: '2024 年露天矿山体检式精查' }) @IsText(LIMITS.location) title!: string;

  @ApiProperty({ type: [ExamItemRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.list)
  @ValidateNested({ each: true })
  @Type(() => ExamItemRequest)
  items!: ExamItemRequest[];
}

export class RecordExamFindingRequest {
  @ApiProperty({ example: '安全管理机构未配专职人员' }) @IsText(LIMITS.description) finding!: string;
  @ApiPropertyOptional({ description: '由此登记的隐患 / the hazard recorded for it' })
  @IsOptional()
  @IsRecordId()
  hazardId?: string;
}

export class RecordExamRectificationRequest {
  @ApiProperty({ example: '已配备专职安全员 2 名' }) @IsText(LIMITS.description) rectification!: string;
}
