#pragma once

#include <QString>
#include <QUrl>

namespace authscope::test {

// A person at oidc-provider's devInteractions login form, played over HTTP: follows the redirects from the
// authorization URL, fills in the login form as "alice" (echoing its hidden fields, such as prompt) and stops once
// the provider redirects to the loopback listener (a URL starting with listenerPrefix), which it calls like a browser
// would. Returns the listener's HTTP status, -1 when the provider answered something else. Runs an event loop.
int signInAtDevForm(const QUrl& authorizationUrl, const QString& listenerPrefix);

} // namespace authscope::test
