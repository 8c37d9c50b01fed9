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
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['version', 'sectors', 'terms'],
      properties: {
        version: { type: 'integer', description: 'version of the vocabulary' },
        sectors: {
          type: 'array',
          items: { type: 'object', required: ['code', 'labelNl', 'labelEn'], properties: { code: { type: 'string' }, labelNl: { type: 'string' }, labelEn: { type: 'string' } } },
        },
        terms: {
          type: 'array',
          items: {
            type: 'object',
            required: ['code', 'sector', 'kind', 'labelNl', 'labelEn', 'since'],
            properties: {
              code: { type: 'string' },
              sector: { type: 'string' },
              kind: { type: 'string', enum: ['skill', 'interest'] },
              labelNl: { type: 'string' },
              labelEn: { type: 'string' },
              since: { type: 'integer', description: 'the vocabulary version that added the term' },
            },
          },
        },
      },
    },
  })
  skills(): ReturnType<VocabularyService['skills']> {
    return this.vocabulary.skills();
  }

  @Get('risk-factors')
  @Roles('coach')
  @ApiOperation({
    summary: 'Risk and protective factors for the sealed record',
    description: 'Bureau Beke / WODC (2022): "Do or Don\'t" as summarised in "Stop de in- en doorgroei", annex 1. Coaches only.',
  })
  @ApiOkResponse({
    schema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'kind', 'category', 'labelNl', 'labelEn', 'evidence'],
        properties: {
          code: { type: 'string' },
          kind: { type: 'string', enum: ['risk', 'protective'] },
          category: { type: 'string' },
          labelNl: { type: 'string', description: "the report's Dutch label" },
          labelEn: { type: 'string' },
          evidence: { type: 'string', enum: ['founded', 'plausible', 'none'], description: 'the evidence for the factor, as the report grades it' },
        },
      },
    },
  })
  riskFactors(): Promise<RiskFactorRow[]> {
    return this.vocabulary.riskFactors();
  }
}
