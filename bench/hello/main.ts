/**
 * The floor the load bench compares every route with: a bare NestJS application on the API's
 * platform adapter (Express), one GET route answering a small JSON object, no middleware,
 * guards, pipes or logging. Listens on HOST:PORT (default 127.0.0.1:3999). Built by the load
 * bench with `tsc -p bench/hello`.
 */
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

@Controller()
class HelloController {
  @Get('hello')
  hello(): { status: 'ok' } {
    return { status: 'ok' };
  }
}

@Module({ controllers: [HelloController] })
class HelloModule {}

const app = await NestFactory.create<NestExpressApplication>(HelloModule, { logger: false });
app.enableShutdownHooks();
await app.listen(Number(process.env.PORT ?? 3999), process.env.HOST ?? '127.0.0.1');
