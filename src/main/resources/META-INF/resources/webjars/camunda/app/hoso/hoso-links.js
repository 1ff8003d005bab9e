/*
 * Hồ sơ CBCCVC: a link "Khai thác" (search, statistics, campaigns, dashboard under /khai-thac/) in the header of
 * Tasklist, loaded through customScripts of tasklist/scripts/config.js. Same login: those pages use the webapps'
 * session. (The Welcome page lists the same pages through "links" in welcome/scripts/config.js.)
 */
const base = document.querySelector('base');
const appName = base && base.getAttribute('app-name');
const angular = window.angular;

if (appName === 'tasklist' && angular) {
  angular.module('cam.' + appName + '.custom').config([
    'ViewsProvider',
    function (ViewsProvider) {
      ViewsProvider.registerDefaultView('tasklist.navbar.action', {
        id: 'hoso-khai-thac',
        priority: 10,
        template: '<a href="/khai-thac/bang-theo-doi" title="Tìm kiếm, thống kê, chiến dịch khai báo">Khai thác</a>'
      });
    }
  ]);
}

export default [];
