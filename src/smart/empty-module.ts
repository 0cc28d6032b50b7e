// Stands in for isomorphic-webcrypto in the browser build: browsers have crypto.subtle.
export default {};
