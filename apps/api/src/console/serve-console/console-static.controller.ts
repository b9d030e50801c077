import { Controller, Get, NotFoundException, Param, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '@hazard-ledger/auth';
import { CONSOLE_SECURITY_HEADERS, consoleDir } from './console-files';

// Vite names every asset by its content hash; nothing else is ever served from here.
const ASSET_NAME = /^[A-Za-z0-9_.-]+$/;

/**
 * The web console (ADR 20261207-console-react-vite): index.html at `/`, its bundles under `/console/assets/`.
 * Public like /health: the page holds no data; every data request it makes carries the user's token.
 * Not an API operation, so it is not in the OpenAPI document.
 */
@ApiExcludeController()
@Public()
@Controller()
export class ConsoleStaticController {
  private readonly dir = consoleDir();

  @Get()
  index(@Res() response: Response): void {
    const file = join(this.dir, 'index.html');
    if (!existsSync(file))
      throw new ServiceUnavailableException(
        '控制台尚未构建：请运行 npm run build:console / The console is not built: run npm run build:console',
      );
    response.set({ ...CONSOLE_SECURITY_HEADERS, 'Cache-Control': 'no-cache' });
    response.sendFile(file);
  }

  @Get('console/assets/:name')
  asset(@Param('name') name: string, @Res() response: Response): void {
    const file = join(this.dir, 'assets', name);
    if (!ASSET_NAME.test(name) || !existsSync(file))
      throw new NotFoundException(`控制台文件不存在 / No such console file: ${name}`);
    response.set({ ...CONSOLE_SECURITY_HEADERS, 'Cache-Control': 'public, max-age=31536000, immutable' });
    response.sendFile(file);
  }
}
