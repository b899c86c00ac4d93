// ApiError: building it from an HTTP answer, and explaining it to a person
// (the table of documented IVA codes, gateway prefixes, 429, network/TLS).
#include "api/apierror.h"

#include "api/redaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace vias::api {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vias::api::ApiError)
};

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

// "<title>502 Bad Gateway</title>" -> "502 Bad Gateway", so an HTML gateway
// page still says something useful.
QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]{1,200})</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

bool isIamSignIn(const ApiError &e)
{
    return e.url.contains(QLatin1StringView("/v3/auth/tokens"));
}

QString byStatus(int status)
{
    switch (status) {
    case 400:
        return Tr::tr("the server rejected the request as invalid. Check the filters and the "
                      "project id.");
    case 401:
        return Tr::tr("the credentials were refused: the token may have expired or the AK/SK "
                      "may be wrong. Sign in again or check the keys.");
    case 403:
        return Tr::tr("access is forbidden for these credentials. Check that the service is "
                      "subscribed and that your IAM user may list VIAS tasks.");
    case 404:
        return Tr::tr("the address was not found. Check the endpoint, the region, the project id "
                      "and the service name.");
    case 408:
    case 504:
        return Tr::tr("the server or a gateway timed out. Try again in a moment.");
    case 429:
        return Tr::tr("too many requests: the API gateway is limiting the request rate. Wait a "
                      "minute and try again, or lower the number of parallel page requests.");
    case 500:
        return Tr::tr("the server had an internal error. Try again later; if it persists, "
                      "contact support with the request id.");
    case 502:
    case 503:
        return Tr::tr("the service or a gateway in front of it is unavailable. Try again in a "
                      "few minutes.");
    default:
        break;
    }
    if (status >= 500)
        return Tr::tr("the server failed to answer the request. Try again later.");
    return Tr::tr("the server refused the request.");
}

} // namespace

QString explainErrorCode(const QString &code, int httpStatus)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1StringView("IVA.0001"))
        return Tr::tr("the token was refused, it may have expired. Sign in again.");
    if (c == QLatin1StringView("IVA.0002"))
        return Tr::tr("the project id is not valid for this account or region. Check the project "
                      "id (My Credentials in the console) and the region of the endpoint.");
    if (c == QLatin1StringView("IVA.0004"))
        return Tr::tr("a request parameter was rejected. Check the filters (state, version, "
                      "dates, paging) against what the server names in its message.");
    if (c == QLatin1StringView("IVA.0005"))
        return Tr::tr("the resource or service was not found. Check the service name and, for "
                      "one task, that it still exists.");
    if (c == QLatin1StringView("IVA.0006"))
        return Tr::tr("the service had an internal error. Try again in a moment.");
    if (c == QLatin1StringView("IVA.0007"))
        return Tr::tr("the service is not subscribed in this project. Subscribe to it in the "
                      "console or pick the right project and region.");
    if (c == QLatin1StringView("IVA.0009"))
        return Tr::tr("the operation is forbidden for this account. Ask the account "
                      "administrator for access.");
    if (c == QLatin1StringView("IVA.0010"))
        return Tr::tr("a service the API depends on is unavailable. Try again in a few minutes.");
    if (c == QLatin1StringView("IVA.0014"))
        return Tr::tr("the account is restricted (for example in arrears or frozen). Check the "
                      "account status in the billing center.");
    if (c == QLatin1StringView("IVA.0015"))
        return Tr::tr("an IAM policy denies this action to your user. Ask the administrator to "
                      "grant VIAS read permissions.");
    if (c.startsWith(QLatin1StringView("APIGW.")) || c.startsWith(QLatin1StringView("APIG."))) {
        if (httpStatus == 401)
            return Tr::tr("the API gateway refused the credentials: the token may have expired "
                          "or the AK/SK signature does not match (check the keys and the "
                          "computer's clock). Sign in again or check the keys.");
        if (httpStatus == 403)
            return Tr::tr("the API gateway refused access for these credentials. Check the "
                          "project id and the user's permissions.");
        if (httpStatus == 404)
            return Tr::tr("the API gateway does not know this address. Check the endpoint, "
                          "region and service name.");
        if (httpStatus == 429)
            return Tr::tr("the API gateway is limiting the request rate. Wait a minute and try "
                          "again, or lower the number of parallel page requests.");
        return Tr::tr("the API gateway in front of the service refused the request. Check the "
                      "endpoint and credentials, then try again.");
    }
    return {};
}

QString errorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return Tr::tr("no error");
    case ApiError::Kind::Network:
        return Tr::tr("network");
    case ApiError::Kind::Timeout:
        return Tr::tr("timeout");
    case ApiError::Kind::Tls:
        return Tr::tr("TLS");
    case ApiError::Kind::Http:
        return Tr::tr("HTTP");
    case ApiError::Kind::Parse:
        return Tr::tr("parse");
    case ApiError::Kind::Validation:
        return Tr::tr("validation");
    case ApiError::Kind::Cancelled:
        return Tr::tr("cancelled");
    case ApiError::Kind::SizeCap:
        return Tr::tr("size limit");
    case ApiError::Kind::Config:
        return Tr::tr("settings");
    }
    return {};
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 429 || httpStatus == 500 || httpStatus == 502 || httpStatus == 503 ||
               httpStatus == 504;
    default:
        return false;
    }
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &requestIdValue)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.requestId = QString::fromLatin1(requestIdValue);
    e.bodySnippet = redactBody(body);
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        e.errorCode = jsonText(o.value(QLatin1StringView("error_code")));
        e.errorMessage = jsonText(o.value(QLatin1StringView("error_msg")));
        if (e.errorMessage.isEmpty())
            e.errorMessage = jsonText(o.value(QLatin1StringView("error_message")));
        // IAM and some gateways nest it: {"error": {"code": ..., "message": ...}}
        const QJsonObject nested = o.value(QLatin1StringView("error")).toObject();
        if (e.errorCode.isEmpty())
            e.errorCode = jsonText(nested.value(QLatin1StringView("code")));
        if (e.errorMessage.isEmpty())
            e.errorMessage = jsonText(nested.value(QLatin1StringView("message")));
        // A numeric "code" that only repeats the status says nothing new.
        if (e.errorCode == QString::number(status))
            e.errorCode.clear();
    } else if (!body.trimmed().isEmpty()) {
        const QString title = htmlTitle(body);
        e.detail = title.isEmpty()
                       ? Tr::tr("The answer was not the API's JSON error body.")
                       : Tr::tr("The answer was a web page (\"%1\"), not the API's JSON error "
                                "body.")
                             .arg(title);
    }
    return e;
}

ApiError ApiError::validation(const QString &message)
{
    ApiError e;
    e.kind = Kind::Validation;
    e.detail = message;
    return e;
}

ApiError ApiError::config(const QString &message)
{
    ApiError e;
    e.kind = Kind::Config;
    e.detail = message;
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    return e;
}

ApiError ApiError::parse(const QString &message, const QByteArray &body)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.detail = message;
    e.bodySnippet = redactBody(body);
    return e;
}

ApiError ApiError::sizeCap(qint64 limitBytes, qint64 seenBytes)
{
    ApiError e;
    e.kind = Kind::SizeCap;
    const QLocale locale;
    e.detail = Tr::tr("%1 received or announced, limit %2.")
                   .arg(locale.formattedDataSize(seenBytes), locale.formattedDataSize(limitBytes));
    return e;
}

QString ApiError::summary() const
{
    if (kind == Kind::Http) {
        if (errorCode.isEmpty())
            return Tr::tr("HTTP %1").arg(httpStatus);
        return Tr::tr("HTTP %1 %2").arg(httpStatus).arg(errorCode);
    }
    return errorKindName(kind);
}

QString ApiError::userMessage() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http: {
        QString meaning;
        if (isIamSignIn(*this)) {
            if (httpStatus == 401)
                meaning = Tr::tr("the IAM sign-in was refused. Check the user name, the "
                                 "password and the account (domain) name.");
            else if (httpStatus == 400 || httpStatus == 404)
                meaning = Tr::tr("the IAM sign-in request was not accepted. Check the project "
                                 "name (usually the region, e.g. cn-north-4) or project id, and "
                                 "the IAM endpoint.");
            else if (httpStatus == 403)
                meaning = Tr::tr("IAM refused a token for this project. Check that the user may "
                                 "access the project and is not locked.");
        }
        if (meaning.isEmpty())
            meaning = explainErrorCode(errorCode, httpStatus);
        if (meaning.isEmpty())
            meaning = byStatus(httpStatus);
        const QString head = errorCode.isEmpty() ? QString::number(httpStatus)
                                                 : Tr::tr("%1 %2").arg(httpStatus).arg(errorCode);
        text = Tr::tr("%1: %2").arg(head, meaning);
        if (!errorMessage.isEmpty())
            text = Tr::tr("%1 Server message: %2").arg(text, errorMessage);
        else if (!detail.isEmpty())
            text = Tr::tr("%1 %2").arg(text, detail);
        break;
    }
    case Kind::Network:
        text = Tr::tr("The server could not be reached (%1). Check the endpoint address, the "
                      "network connection and the proxy settings, then try again.")
                   .arg(detail);
        break;
    case Kind::Timeout:
        text = Tr::tr("The server did not answer in time (%1). The network or the server may be "
                      "slow; try again, or raise the timeout in the network settings.")
                   .arg(detail);
        break;
    case Kind::Tls:
        text = Tr::tr("The secure connection was refused (%1). The server's certificate is not "
                      "trusted or does not match the host. If it uses a private certificate "
                      "authority, add its CA file in the network settings; certificate "
                      "checks stay on.")
                   .arg(detail);
        break;
    case Kind::Parse:
        text = Tr::tr("The server answered, but not with the expected JSON (%1). Check that the "
                      "endpoint is a VIAS API and not a proxy or login page.")
                   .arg(detail);
        break;
    case Kind::Validation:
        text = detail;
        break;
    case Kind::Cancelled:
        text = Tr::tr("The request was cancelled.");
        break;
    case Kind::SizeCap:
        text = Tr::tr("The answer was too large and was stopped (%1). Narrow the filters, use "
                      "paging, or raise the maximum response size in the network settings.")
                   .arg(detail);
        break;
    case Kind::Config:
        text = detail;
        break;
    }
    if (retries > 0)
        text = Tr::tr("%1 (Tried %n more time(s).)", nullptr, retries).arg(text);
    if (!requestId.isEmpty())
        text = Tr::tr("%1 Request id: %2").arg(text, requestId);
    return text;
}

} // namespace vias::api
