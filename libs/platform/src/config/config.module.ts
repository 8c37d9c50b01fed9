import { type DynamicModule, Inject, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { type Env, loadConfig } from './app-config.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Injects the validated {@link AppConfig}. */
export const InjectConfig = (): ParameterDecorator => Inject(APP_CONFIG);

@Module({})
export class PlatformConfigModule {
  /**
   * Validates `env` (the process environment unless a test passes its own) and makes the
   * result available everywhere, both as `APP_CONFIG` and as `ConfigService.get('app')`.
   */
  static forRoot(env: Env = process.env): DynamicModule {
    const config = loadConfig(env);
    return {
      module: PlatformConfigModule,
      global: true,
      imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => ({ app: config })] })],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
