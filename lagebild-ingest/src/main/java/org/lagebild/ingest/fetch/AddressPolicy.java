package org.lagebild.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which resolved addresses a fetch may connect to: public unicast only, unless private ones are allowed.
 * Refused: loopback, unspecified (0.0.0.0, ::), private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
 * (169.254/16, fe80::/10), shared address space (100.64/10), 0/8, multicast, broadcast and reserved 240/4,
 * and IPv4 addresses inside IPv6 (::ffff:10.0.0.1) by their IPv4 meaning. Stateless.
 */
final class AddressPolicy {

    private AddressPolicy() {
    }

    /** Why this address is not public, or null when it is. */
    static String nonPublic(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "loopback address";
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified address";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local address";
        }
        if (a.isSiteLocalAddress()) {
            return "private address";
        }
        if (a.isMulticastAddress()) {
            return "multicast address";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "private address (unique local)";
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                byte[] v4 = {b[12], b[13], b[14], b[15]};
                try {
                    return nonPublic(InetAddress.getByAddress(v4));
                } catch (java.net.UnknownHostException e) {
                    return "malformed address";
                }
            }
            return null;
        }
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "reserved address (0/8)";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "shared address space (100.64/10)";
            }
            if (first >= 240) {
                return "reserved address (240/4)";
            }
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return "reserved address (192.0.0/24)";
            }
        }
        return null;
    }
}
