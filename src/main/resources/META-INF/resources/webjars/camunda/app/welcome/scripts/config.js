/*
 * Hồ sơ CBCCVC: Welcome's configuration, a copy of the one in the Camunda 7.24 webjar with the settings of this
 * installation added at the top. Vietnamese is the default language, English is available on request;
 * see ../../hoso/webapps-locale.js for how the language is chosen.
 */
/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  app: {
    name: 'Hồ sơ CBCCVC',
    vendor: 'Sở Nội vụ ·'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  // makes Vietnamese the default whatever the browser's language; adds the language switch
  customScripts: ['../hoso/webapps-locale'],
  // the project's own pages, same login (see README, "Campaigns and dashboard")
  links: [
    { label: 'Tìm kiếm hồ sơ', href: '/khai-thac/tim-kiem', description: 'Tìm theo họ tên (có hoặc không dấu), CCCD, đơn vị và các tiêu chí khác; xuất Excel' },
    { label: 'Thống kê số lượng', href: '/khai-thac/thong-ke', description: 'Số lượng theo ngạch, chức danh, độ tuổi…; biên chế giao và thực tế' },
    { label: 'Chiến dịch khai báo', href: '/khai-thac/chien-dich', description: 'Phát động chiến dịch, theo dõi tiến độ khởi động' },
    { label: 'Bảng theo dõi chiến dịch', href: '/khai-thac/bang-theo-doi', description: 'Tiến độ khai báo theo đơn vị, quá hạn, danh sách người' }
  ],

  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // links: [
  //   {
  //     label: 'Angular.js Docs',
  //     href: 'https://code.angularjs.org/1.2.16/docs',
  //     description: 'Almost interesting'
  //   },
  //   {
  //     label: 'XKCD',
  //     href: 'http://xkcd.org',
  //     description: 'Nerdy comic'
  //   },
  //   {
  //     label: 'Slashdot',
  //     href: 'https://slashdot.org',
  //     description: 'News for nerds, stuff that matter'
  //   }
  // ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
