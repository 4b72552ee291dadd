//! The client's address, for throttles and the audit trail. Behind load balancers, each
//! proxy appends the address it received the request from to `X-Forwarded-For`, so only the
//! right-hand end of the header is trustworthy: walking it from the right, past the
//! configured trusted proxies, the first other address is the client. What a client writes
//! on the left is never believed.

use std::net::{IpAddr, SocketAddr};

use axum::http::HeaderMap;

/// A network of trusted proxies (`10.0.0.0/8`, `192.0.2.7`, `2001:db8::/32`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrustedNet {
    network: IpAddr,
    prefix: u8,
}

impl std::str::FromStr for TrustedNet {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        let (address, prefix) = text.split_once('/').map_or((text, None), |(a, p)| (a, Some(p)));
        let network: IpAddr = address.parse().map_err(|_| format!("not an IP address: {address}"))?;
        let width = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => width,
            Some(prefix) => {
                prefix.parse().ok().filter(|p| *p <= width).ok_or(format!("bad prefix in {text}"))?
            }
        };
        Ok(Self { network, prefix })
    }
}

impl TrustedNet {
    pub fn contains(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        match (canonical(self.network), address) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.prefix)).unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.prefix)).unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// IPv4-mapped IPv6 addresses (`::ffff:192.0.2.1`) as the IPv4 address they are.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        IpAddr::V4(_) => address,
    }
}

/// The client's address: the peer itself unless the peer is a trusted proxy; then the
/// right-most `X-Forwarded-For` hop that is not a trusted proxy (the left-most hop when
/// every hop is trusted; the peer when the header is missing or malformed).
pub fn resolve(trusted: &[TrustedNet], headers: &HeaderMap, peer: SocketAddr) -> IpAddr {
    let peer = canonical(peer.ip());
    let is_trusted = |address: IpAddr| trusted.iter().any(|net| net.contains(address));
    if !is_trusted(peer) {
        return peer;
    }
    let mut hops = Vec::new();
    for value in headers.get_all("x-forwarded-for") {
        let Ok(value) = value.to_str() else { return peer };
        for hop in value.split(',') {
            match hop.trim().parse::<IpAddr>() {
                Ok(address) => hops.push(canonical(address)),
                Err(_) => return peer,
            }
        }
    }
    hops.iter().rev().copied().find(|hop| !is_trusted(*hop)).or_else(|| hops.first().copied()).unwrap_or(peer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for value in values {
            map.append("x-forwarded-for", value.parse().expect("header"));
        }
        map
    }

    fn nets(list: &[&str]) -> Vec<TrustedNet> {
        list.iter().map(|net| net.parse().expect("net")).collect()
    }

    #[test]
    fn the_right_most_untrusted_hop_is_the_client_and_forged_left_hops_are_ignored() {
        let trusted = nets(&["10.0.0.0/8"]);
        let peer: SocketAddr = "10.0.0.2:443".parse().expect("peer");
        let forged = headers(&["1.2.3.4, 203.0.113.9, 10.0.0.7"]);
        assert_eq!(resolve(&trusted, &forged, peer), "203.0.113.9".parse::<IpAddr>().expect("ip"));
        let split = headers(&["1.2.3.4", "203.0.113.9"]);
        assert_eq!(resolve(&trusted, &split, peer), "203.0.113.9".parse::<IpAddr>().expect("ip"));
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_writes() {
        let peer: SocketAddr = "198.51.100.1:5000".parse().expect("peer");
        let forged = headers(&["1.2.3.4"]);
        assert_eq!(resolve(&nets(&["10.0.0.0/8"]), &forged, peer), peer.ip());
        assert_eq!(resolve(&[], &forged, peer), peer.ip());
    }

    #[test]
    fn networks_parse_and_match() {
        let net: TrustedNet = "192.168.0.0/16".parse().expect("net");
        assert!(net.contains("192.168.4.5".parse().expect("ip")));
        assert!(!net.contains("192.169.0.1".parse().expect("ip")));
        assert!(net.contains("::ffff:192.168.0.1".parse().expect("ip")));
        let one: TrustedNet = "2001:db8::1".parse().expect("net");
        assert!(one.contains("2001:db8::1".parse().expect("ip")));
        assert!("10.0.0.0/33".parse::<TrustedNet>().is_err());
        assert!("proxy".parse::<TrustedNet>().is_err());
        let all: TrustedNet = "0.0.0.0/0".parse().expect("net");
        assert!(all.contains("8.8.8.8".parse().expect("ip")));
    }
}
