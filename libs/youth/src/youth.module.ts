import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidateCardReader } from './candidate-card.js';
import { VocabularyService } from './vocabulary.service.js';
import { YOUTH_ENTITIES } from './youth.entity.js';
import { YouthService } from './youth.service.js';

@Module({
  imports: [TypeOrmModule.forFeature(YOUTH_ENTITIES)],
  providers: [YouthService, VocabularyService, CandidateCardReader],
  exports: [YouthService, VocabularyService, CandidateCardReader],
})
export class YouthModule {}
