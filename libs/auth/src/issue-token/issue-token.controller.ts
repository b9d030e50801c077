import {
  Body,
  Controller,
  Header,
  HttpCode,
  NotFoundException,
  Post,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import {
  ApiBody,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Public } from '../auth.guard';
import { TokenService } from '../tokens/token-service';
import { UserStore, toActor } from '../users/user-store';
import { IssueTokenRequest } from './issue-token.request';

export const WRONG_CREDENTIALS = '用户名或密码错误 / Username or password incorrect';

@ApiTags('auth 认证')
@Controller('auth/token')
export class IssueTokenController {
  constructor(
    private readonly users: UserStore,
    private readonly tokens: TokenService,
  ) {}

  @Post()
  @Public()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      '本地登录，签发访问令牌 / Sign in locally and get a bearer token (embedded mode only; OIDC deployments: 404)',
  })
  @ApiBody({
    type: IssueTokenRequest,
    examples: { inspector: { value: { username: 'inspector.zhang', password: 'Demo-2024!' } } },
  })
  @ApiOkResponse({
    schema: {
      example: {
        access_token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…',
        token_type: 'Bearer',
        expires_in: 3600,
        actor: {
          id: 'u-inspector-zhang',
          name: '张明',
          role: 'inspector',
          org: '长治市上党区应急管理局',
          certificateNo: '14040420240001',
          mineIds: [],
          jurisdictions: ['140404'],
        },
      },
    },
  })
  @ApiUnauthorizedResponse({ description: WRONG_CREDENTIALS })
  @ApiNotFoundResponse({ description: '使用 OIDC 时无本地登录 / No local sign-in when OIDC is configured' })
  async issue(
    @Body() body: IssueTokenRequest,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ) {
    if (this.tokens.mode !== 'local')
      throw new NotFoundException('本部署通过 OIDC 登录，无本地令牌端点 / This deployment signs in through OIDC');
    const user = await this.users.authenticate(body.username, body.password);
    if (!user) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="hazard-ledger"');
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    const actor = toActor(user);
    const { accessToken, expiresIn } = await this.tokens.issue(actor);
    return { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn, actor };
  }
}
