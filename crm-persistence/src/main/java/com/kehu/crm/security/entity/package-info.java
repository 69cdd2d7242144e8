/**
 * Users, roles and rights (用户、角色、权限): the tables the server's Elytron realm reads to authenticate users and
 * to give them their roles and rights. See config/20-security.cli.
 */
package com.kehu.crm.security.entity;
