// A real OpenID provider (panva/oidc-provider 8.x, OpenID Certified) for AuthScope's issuer tests.
// It listens on 127.0.0.1 only and prints one line "listening http://127.0.0.1:PORT" when ready.
//
//   node provider.mjs [--port N]
//
// Two providers with the same issuer and different signing keys sit behind one HTTP server; the test endpoints
// switch between them (a key rotation as a client sees it) and count requests per path:
//   POST /__test/rotate   serve and sign with the other key set from now on
//   GET  /__test/stats    {"requests": {"/jwks": n, ...}}
//   POST /__test/reset    zero the counters
//   GET  /__test/backchannel  {"deliveries": [{"client": ..., "sid": ..., "ok": true|false, "error": ...}]}
// Clients: "basic-client" (client_secret_basic) and "post-client" (client_secret_post), both allowed
// client_credentials, authorization_code (PKCE) and refresh_token; secrets are fixed test values.
// With --rp BASE_URL (an AuthScope test server acting as relying party) a third client, "rp-client"
// (client_secret_basic), has the redirect URI BASE_URL/login/oidc/callback and the back-channel logout URI
// BASE_URL/backchannel-logout with sid required; back-channel logout is on for every client that has a URI.
import http from 'node:http';
import crypto from 'node:crypto';
import Provider from 'oidc-provider';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 0;
const rpIndex = args.indexOf('--rp');
const rp = rpIndex >= 0 ? args[rpIndex + 1] : '';

export const RESOURCE = 'urn:authscope:api';

function keySet(label) {
  const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  return {
    keys: [
      { ...ec, kid: `${label}-es256`, alg: 'ES256', use: 'sig' },
      { ...rsa, kid: `${label}-rs256`, alg: 'RS256', use: 'sig' },
    ],
  };
}

function configuration(label) {
  const redirects = ['http://127.0.0.1/callback'];
  const common = {
    grant_types: ['client_credentials', 'authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: redirects,
    application_type: 'native',
    scope: 'openid offline_access api:read api:write',
  };
  const clients = [
    { ...common, client_id: 'basic-client', client_secret: 'basic-secret-for-tests-only',
      token_endpoint_auth_method: 'client_secret_basic' },
    { ...common, client_id: 'post-client', client_secret: 'post-secret-for-tests-only',
      token_endpoint_auth_method: 'client_secret_post' },
  ];
  if (rp) {
    clients.push({
      client_id: 'rp-client', client_secret: 'rp-secret-for-tests-only',
      token_endpoint_auth_method: 'client_secret_basic', application_type: 'web',
      grant_types: ['authorization_code'], response_types: ['code'], scope: 'openid',
      redirect_uris: [`${rp}/login/oidc/callback`],
      backchannel_logout_uri: `${rp}/backchannel-logout`, backchannel_logout_session_required: true,
    });
  }
  return {
    clients,
    jwks: keySet(label),
    scopes: ['openid', 'offline_access', 'api:read', 'api:write'],
    pkce: { required: () => true, methods: ['S256'] },
    features: {
      devInteractions: { enabled: true },
      backchannelLogout: { enabled: true },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => undefined,
        useGrantedResource: () => true,
        getResourceServerInfo: (ctx, resourceIndicator) => {
          if (resourceIndicator !== RESOURCE) {
            throw new Error('unknown resource');
          }
          return { scope: 'api:read api:write', audience: RESOURCE, accessTokenFormat: 'jwt',
                   accessTokenTTL: 3600, jwt: { sign: { alg: 'ES256' } } };
        },
      },
    },
    issueRefreshToken: () => true,
    loadExistingGrant: async (ctx) => {
      // Consent is implied for the test clients: the dev login form is the only interaction.
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) {
        return ctx.oidc.provider.Grant.find(grantId);
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId,
                                                  accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid offline_access');
      grant.addResourceScope(RESOURCE, 'api:read api:write');
      await grant.save();
      return grant;
    },
    cookies: { keys: ['authscope-test-cookie-key'] },
    ttl: { AccessToken: 3600, ClientCredentials: 3600, RefreshToken: 86400 },
  };
}

let issuer = '';
const backchannel = [];
let providers = [];
let active = 0;
const requests = {};

const server = http.createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (path === '/__test/rotate' && req.method === 'POST') {
    active = 1 - active;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ active }));
    return;
  }
  if (path === '/__test/stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ requests }));
    return;
  }
  if (path === '/__test/backchannel') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ deliveries: backchannel }));
    return;
  }
  if (path === '/__test/reset' && req.method === 'POST') {
    for (const k of Object.keys(requests)) delete requests[k];
    res.writeHead(204);
    res.end();
    return;
  }
  requests[path] = (requests[path] || 0) + 1;
  providers[active].callback()(req, res);
});

server.listen(port, '127.0.0.1', () => {
  issuer = `http://127.0.0.1:${server.address().port}`;
  providers = ['a', 'b'].map((label) => {
    const p = new Provider(issuer, configuration(label));
    p.proxy = false;
    // A provider error is the test's business: print it where the test's log shows it.
    p.on('server_error', (ctx, error) => process.stderr.write(`provider error: ${error.stack}\n`));
    p.on('backchannel.success', (ctx, client, accountId, sid) => {
      backchannel.push({ client: client.clientId, sub: accountId, sid, ok: true });
    });
    p.on('backchannel.error', (ctx, error, client, accountId, sid) => {
      backchannel.push({ client: client.clientId, sub: accountId, sid, ok: false, error: String(error.message) });
    });
    return p;
  });
  process.stdout.write(`listening ${issuer}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
process.stdin.on('end', () => process.exit(0)); // the test that started us went away
process.stdin.resume();
