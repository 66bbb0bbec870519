#![doc = include_str!("../README.md")]

use polkadot_sdk::sp_core::{
	offchain::{self, HttpError, HttpRequestId, HttpRequestStatus, OpaqueNetworkState, Timestamp},
	OpaquePeerId,
};
use std::{
	collections::HashMap,
	io::{BufRead, BufReader, Read, Write},
	net::{Shutdown, SocketAddr, TcpListener, TcpStream, ToSocketAddrs},
	sync::{Arc, Mutex},
	thread,
	time::{Duration, SystemTime, UNIX_EPOCH},
};

fn now_millis() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}

/// Time left until `deadline`, at least a millisecond; `None` without a deadline.
fn until(deadline: Option<Timestamp>) -> Option<Duration> {
	deadline.map(|d| Duration::from_millis(d.unix_millis().saturating_sub(now_millis()).max(1)))
}

#[derive(Default)]
struct Request {
	method: String,
	uri: String,
	headers: Vec<(String, String)>,
	body: Vec<u8>,
	response: Option<Response>,
}

struct Response {
	headers: Vec<(Vec<u8>, Vec<u8>)>,
	body: Vec<u8>,
	read: usize,
}

/// Off-chain externalities whose HTTP requests really go out (see the crate docs).
#[derive(Default)]
pub struct RealHttp {
	requests: HashMap<u16, Request>,
	next: u16,
}

impl RealHttp {
	pub fn new() -> Self {
		Self::default()
	}

	/// Sends request `id` and reads the whole answer before `deadline`.
	fn exchange(&mut self, id: u16, deadline: Option<Timestamp>) -> HttpRequestStatus {
		let Some(request) = self.requests.get_mut(&id) else {
			return HttpRequestStatus::Invalid;
		};
		match send(request, deadline) {
			Ok((code, response)) => {
				request.response = Some(response);
				HttpRequestStatus::Finished(code)
			}
			Err(HttpError::DeadlineReached) => HttpRequestStatus::DeadlineReached,
			Err(_) => HttpRequestStatus::IoError,
		}
	}
}

fn io_error(e: std::io::Error) -> HttpError {
	match e.kind() {
		std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut => HttpError::DeadlineReached,
		_ => HttpError::IoError,
	}
}

fn send(request: &Request, deadline: Option<Timestamp>) -> Result<(u16, Response), HttpError> {
	let rest = request.uri.strip_prefix("http://").ok_or(HttpError::IoError)?;
	let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
	let path = if path.is_empty() { "/" } else { path };
	let addr = host.to_socket_addrs().map_err(io_error)?.next().ok_or(HttpError::IoError)?;
	let mut stream = match until(deadline) {
		Some(left) => TcpStream::connect_timeout(&addr, left),
		None => TcpStream::connect(addr),
	}
	.map_err(io_error)?;
	stream.set_write_timeout(until(deadline)).map_err(io_error)?;
	let mut head = format!(
		"{} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n",
		request.method,
		request.body.len()
	);
	for (name, value) in &request.headers {
		head.push_str(&format!("{name}: {value}\r\n"));
	}
	head.push_str("\r\n");
	stream.write_all(head.as_bytes()).map_err(io_error)?;
	stream.write_all(&request.body).map_err(io_error)?;
	stream.set_read_timeout(until(deadline)).map_err(io_error)?;
	let mut raw = Vec::new();
	stream.read_to_end(&mut raw).map_err(io_error)?;
	let split = raw.windows(4).position(|w| w == b"\r\n\r\n").ok_or(HttpError::IoError)?;
	let head = String::from_utf8_lossy(&raw[..split]).into_owned();
	let mut lines = head.split("\r\n");
	let code = lines
		.next()
		.and_then(|status| status.split(' ').nth(1))
		.and_then(|code| code.parse().ok())
		.ok_or(HttpError::IoError)?;
	let headers = lines
		.filter_map(|l| l.split_once(':'))
		.map(|(k, v)| (k.trim().as_bytes().to_vec(), v.trim().as_bytes().to_vec()))
		.collect();
	Ok((code, Response { headers, body: raw[split + 4..].to_vec(), read: 0 }))
}

/// One HTTP/1.1 exchange from a test: the status and body, or why there was none.
pub fn call(
	method: &str,
	url: &str,
	body: &str,
	timeout: Duration,
) -> Result<(u16, String), HttpError> {
	let request = Request {
		method: method.into(),
		uri: url.into(),
		headers: vec![("Content-Type".into(), "application/json".into())],
		body: body.as_bytes().to_vec(),
		response: None,
	};
	let deadline = Timestamp::from_unix_millis(now_millis() + timeout.as_millis() as u64);
	let (code, response) = send(&request, Some(deadline))?;
	Ok((code, String::from_utf8_lossy(&response.body).into_owned()))
}

impl offchain::Externalities for RealHttp {
	fn is_validator(&self) -> bool {
		true
	}

	fn network_state(&self) -> Result<OpaqueNetworkState, ()> {
		Err(())
	}

	fn timestamp(&mut self) -> Timestamp {
		Timestamp::from_unix_millis(now_millis())
	}

	fn sleep_until(&mut self, deadline: Timestamp) {
		if let Some(left) = until(Some(deadline)) {
			thread::sleep(left);
		}
	}

	fn random_seed(&mut self) -> [u8; 32] {
		let mut seed = [0u8; 32];
		seed[..8].copy_from_slice(&now_millis().to_le_bytes());
		seed
	}

	fn http_request_start(
		&mut self,
		method: &str,
		uri: &str,
		_meta: &[u8],
	) -> Result<HttpRequestId, ()> {
		let id = self.next;
		self.next = self.next.checked_add(1).ok_or(())?;
		self.requests
			.insert(id, Request { method: method.into(), uri: uri.into(), ..Default::default() });
		Ok(HttpRequestId(id))
	}

	fn http_request_add_header(
		&mut self,
		id: HttpRequestId,
		name: &str,
		value: &str,
	) -> Result<(), ()> {
		let request = self.requests.get_mut(&id.0).ok_or(())?;
		request.headers.push((name.into(), value.into()));
		Ok(())
	}

	fn http_request_write_body(
		&mut self,
		id: HttpRequestId,
		chunk: &[u8],
		_deadline: Option<Timestamp>,
	) -> Result<(), HttpError> {
		let request = self.requests.get_mut(&id.0).ok_or(HttpError::Invalid)?;
		request.body.extend_from_slice(chunk);
		Ok(())
	}

	fn http_response_wait(
		&mut self,
		ids: &[HttpRequestId],
		deadline: Option<Timestamp>,
	) -> Vec<HttpRequestStatus> {
		ids.iter().map(|id| self.exchange(id.0, deadline)).collect()
	}

	fn http_response_headers(&mut self, id: HttpRequestId) -> Vec<(Vec<u8>, Vec<u8>)> {
		self.requests
			.get(&id.0)
			.and_then(|r| r.response.as_ref())
			.map(|r| r.headers.clone())
			.unwrap_or_default()
	}

	fn http_response_read_body(
		&mut self,
		id: HttpRequestId,
		buffer: &mut [u8],
		_deadline: Option<Timestamp>,
	) -> Result<usize, HttpError> {
		let response = self
			.requests
			.get_mut(&id.0)
			.and_then(|r| r.response.as_mut())
			.ok_or(HttpError::Invalid)?;
		let n = buffer.len().min(response.body.len() - response.read);
		buffer[..n].copy_from_slice(&response.body[response.read..response.read + n]);
		response.read += n;
		if n == 0 {
			self.requests.remove(&id.0);
		}
		Ok(n)
	}

	fn set_authorized_nodes(&mut self, _nodes: Vec<OpaquePeerId>, _authorized_only: bool) {}
}

/// A request the server received.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received {
	pub method: String,
	pub path: String,
	pub body: String,
}

/// How the server answers a request.
#[derive(Clone, Debug)]
pub enum Reply {
	/// A status and a JSON (or any) body.
	Json(u16, String),
	/// Says nothing for this long, then closes.
	Hang(Duration),
	/// Closes the connection at once.
	Drop,
}

type Handler = dyn Fn(&Received) -> Reply + Send + Sync;

/// A local HTTP server (see the crate docs). Stops when dropped.
pub struct Server {
	addr: SocketAddr,
	handler: Arc<Mutex<Arc<Handler>>>,
	received: Arc<Mutex<Vec<Received>>>,
	stop: Arc<Mutex<bool>>,
}

impl Server {
	/// Starts on a free port of 127.0.0.1, answering with `handler`.
	pub fn start(handler: impl Fn(&Received) -> Reply + Send + Sync + 'static) -> Server {
		let listener = TcpListener::bind("127.0.0.1:0").expect("a free local port");
		let addr = listener.local_addr().expect("bound");
		let server = Server {
			addr,
			handler: Arc::new(Mutex::new(Arc::new(handler))),
			received: Default::default(),
			stop: Default::default(),
		};
		let (handler, received, stop) =
			(server.handler.clone(), server.received.clone(), server.stop.clone());
		thread::spawn(move || {
			for stream in listener.incoming() {
				if *stop.lock().expect("not poisoned") {
					break;
				}
				let Ok(stream) = stream else { continue };
				let handler = handler.lock().expect("not poisoned").clone();
				let received = received.clone();
				thread::spawn(move || serve(stream, &*handler, &received));
			}
		});
		server
	}

	/// `http://127.0.0.1:PORT`
	pub fn url(&self) -> String {
		format!("http://{}", self.addr)
	}

	/// Answers from now on with `handler`.
	pub fn reply_with(&self, handler: impl Fn(&Received) -> Reply + Send + Sync + 'static) {
		*self.handler.lock().expect("not poisoned") = Arc::new(handler);
	}

	/// Requests received so far, oldest first.
	pub fn received(&self) -> Vec<Received> {
		self.received.lock().expect("not poisoned").clone()
	}
}

impl Drop for Server {
	fn drop(&mut self) {
		*self.stop.lock().expect("not poisoned") = true;
		// Wakes the accept loop so that it sees the stop.
		let _ = TcpStream::connect(self.addr);
	}
}

fn serve(stream: TcpStream, handler: &Handler, received: &Mutex<Vec<Received>>) {
	let mut reader = BufReader::new(stream);
	let mut line = String::new();
	if reader.read_line(&mut line).is_err() {
		return;
	}
	let mut parts = line.split_whitespace();
	let (method, path) =
		(parts.next().unwrap_or("").to_string(), parts.next().unwrap_or("").to_string());
	let mut length = 0;
	loop {
		let mut header = String::new();
		if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
			break;
		}
		if let Some((name, value)) = header.split_once(':') {
			if name.eq_ignore_ascii_case("content-length") {
				length = value.trim().parse().unwrap_or(0);
			}
		}
	}
	let mut body = vec![0u8; length];
	if reader.read_exact(&mut body).is_err() {
		return;
	}
	let request = Received { method, path, body: String::from_utf8_lossy(&body).into_owned() };
	received.lock().expect("not poisoned").push(request.clone());
	let mut stream = reader.into_inner();
	match handler(&request) {
		Reply::Json(code, body) => {
			let _ = write!(
				stream,
				"HTTP/1.1 {code} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
				body.len()
			);
		}
		Reply::Hang(time) => thread::sleep(time),
		Reply::Drop => {}
	}
	let _ = stream.shutdown(Shutdown::Both);
}
