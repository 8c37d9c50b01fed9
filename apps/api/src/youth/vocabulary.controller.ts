import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@startbaan/platform';
import { type RiskFactorRow, VocabularyService } from '@startbaan/youth';

@ApiTags('vocabulary')
@ApiBearerAuth()
@Controller('vocabulary')
export class VocabularyController {
  constructor(private readonly vocabulary: VocabularyService) {}

  @Get('skills')
  @ApiOperation({ summary: 'Skills and interests, grouped by sector (Dutch and English labels)', description: 'Shared by youth profiles and vacancies.' })
  @ApiOkResponse({ schema: { type: 'object' } })
  skills(): ReturnType<VocabularyService['skills']> {
    return this.vocabulary.skills();
  }

  @Get('risk-factors')
  @Roles('coach')
  @ApiOperation({
    summary: 'Risk and protective factors for the sealed record',
    description: 'Bureau Beke / WODC (2022): "Do or Don\'t" as summarised in "Stop de in- en doorgroei", annex 1. Coaches only.',
  })
  @ApiOkResponse({ schema: { type: 'array' } })
  riskFactors(): Promise<RiskFactorRow[]> {
    return this.vocabulary.riskFactors();
  }
}
