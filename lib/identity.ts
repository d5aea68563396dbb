/**
 * The extension's fixed identity. Chrome derives an extension's id from the manifest `key`
 * (the public half of the pair made by `npm run extension-key`; the private half is kept
 * outside the repository), so IT's policies (`3rdparty.extensions.<id>`) and force-install
 * lists can name it before it is installed. A unit test proves the id matches the key.
 */
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA5iJ8JpWZzBmX+BZpmyWdfnkGEwYcW4ABi2hVaONZjD/iMvctbsdAeYd2JQ2diVprON3nu2pr6BVyMfeyN5fNW+hIbmB8KhXbGbIiIVcvVeXqh92VR5R1mZPbLH2Q8pe0MEpfMH9IBoYsFYKTNo7Y/w+qMjQJnRvLWQC8OwpFhLS9lYmWwvfAvPsuvxeKRXC7GLjNgLvPI/uqXYSc5lrnfnZLNM6gzqlAm5MTgXsPhcBUn4uYP3cl/fmub110RtFPj0ilNAfEusvo5d21IGfcahrmr+elJkuMZCxdcCCzf7tb+HlXv+bLHG3193yZ8kcD/8p8hown/f1ZKYO0cBy02QIDAQAB';

/** Chrome and Edge (self-hosted and test builds, which carry the key). */
export const CHROME_EXTENSION_ID = 'akcknpgacfjfmbpipjakmabpfejpndam';

/** Firefox add-on id (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'postwise@postwise.org.uk';

export const MINIMUM_CHROME_VERSION = '116';
