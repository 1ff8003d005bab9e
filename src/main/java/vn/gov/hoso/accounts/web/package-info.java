@NullMarked
package vn.gov.hoso.accounts.web;

import org.jspecify.annotations.NullMarked;
