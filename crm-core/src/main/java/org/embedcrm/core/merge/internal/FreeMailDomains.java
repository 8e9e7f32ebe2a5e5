package org.embedcrm.core.merge.internal;

import java.util.Set;

/**
 * The public e-mail providers whose domains say nothing about the company a person works for: two people on
 * gmail.com are not colleagues. A domain is free mail when it is listed here, or when its first label is a provider
 * that runs the same service under many country domains ({@code hotmail.co.uk}, {@code yahoo.fr}, {@code gmx.at}).
 */
public final class FreeMailDomains {

    /** Providers whose every country domain is free mail: the domain's first label. */
    static final Set<String> PROVIDERS = Set.of(
            "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "windowslive", "yahoo", "ymail", "rocketmail",
            "aol", "gmx", "icloud", "protonmail", "yandex", "zoho", "mailbox", "tutanota");

    /** Single free-mail domains. */
    static final Set<String> DOMAINS = Set.of(
            "me.com", "mac.com", "proton.me", "pm.me", "mail.com", "email.com", "fastmail.com", "hey.com", "tuta.io",
            "web.de", "t-online.de", "freenet.de", "arcor.de", "posteo.de",
            "free.fr", "orange.fr", "wanadoo.fr", "laposte.net", "sfr.fr", "neuf.fr",
            "telenet.be", "skynet.be", "proximus.be", "scarlet.be",
            "ziggo.nl", "kpnmail.nl", "hetnet.nl", "home.nl", "planet.nl", "xs4all.nl",
            "libero.it", "virgilio.it", "tiscali.it", "alice.it",
            "bluewin.ch", "seznam.cz", "wp.pl", "o2.pl", "onet.pl", "interia.pl",
            "mail.ru", "inbox.ru", "list.ru", "bk.ru", "rambler.ru",
            "btinternet.com", "sky.com", "virginmedia.com", "talktalk.net",
            "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "cox.net", "charter.net",
            "qq.com", "163.com", "126.com", "sina.com", "naver.com", "daum.net", "rediffmail.com");

    private FreeMailDomains() {
    }

    /**
     * @param domain a lower-case domain, such as {@code gmail.com}; never null
     * @return true when it belongs to a public e-mail provider
     */
    public static boolean isFreeMail(String domain) {
        int dot = domain.indexOf('.');
        return DOMAINS.contains(domain) || dot > 0 && PROVIDERS.contains(domain.substring(0, dot));
    }
}
