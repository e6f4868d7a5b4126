/** Identification (识别认定): a case per household from application to county announcement, with its deadlines. */
package org.shouwang.identification;
