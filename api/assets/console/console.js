"use strict";(()=>{var $e,D,ut,Hn,Y,rt,lt,ct,qe,fe,re,dt,Qe,Oe,Pe,Wn,he={},ve=[],Gn=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Re=Array.isArray;function G(e,t){for(var o in t)e[o]=t[o];return e}function Be(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function jn(e,t,o){var r,s,i,a={};for(i in t)i=="key"?r=t[i]:i=="ref"?s=t[i]:a[i]=t[i];if(arguments.length>2&&(a.children=arguments.length>3?$e.call(arguments,2):o),typeof e=="function"&&e.defaultProps!=null)for(i in e.defaultProps)a[i]===void 0&&(a[i]=e.defaultProps[i]);return be(e,a,r,s,null)}function be(e,t,o,r,s){var i={type:e,props:t,key:o,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++ut,__i:-1,__u:0};return s==null&&D.vnode!=null&&D.vnode(i),i}function A(e){return e.children}function _e(e,t){this.props=e,this.context=t}function X(e,t){if(t==null)return e.__?X(e.__,e.__i+1):null;for(var o;t<e.__k.length;t++)if((o=e.__k[t])!=null&&o.__e!=null)return o.__e;return typeof e.type=="function"?X(e):null}function Kn(e){if(e.__P&&e.__d){var t=e.__v,o=t.__e,r=[],s=[],i=G({},t);i.__v=t.__v+1,D.vnode&&D.vnode(i),Ve(e.__P,i,t,e.__n,e.__P.namespaceURI,32&t.__u?[o]:null,r,o??X(t),!!(32&t.__u),s),i.__v=t.__v,i.__.__k[i.__i]=i,ft(r,i,s),t.__e=t.__=null,i.__e!=o&&mt(i)}}function mt(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),mt(e)}function it(e){(!e.__d&&(e.__d=!0)&&Y.push(e)&&!Se.__r++||rt!=D.debounceRendering)&&((rt=D.debounceRendering)||lt)(Se)}function Se(){try{for(var e,t=1;Y.length;)Y.length>t&&Y.sort(ct),e=Y.shift(),t=Y.length,Kn(e)}finally{Y.length=Se.__r=0}}function pt(e,t,o,r,s,i,a,d,l,c,m){var g,u,p,f,v,$,C=r&&r.__k||ve,h=t.length;for(l=Zn(o,t,C,l,h),g=0;g<h;g++)(p=o.__k[g])!=null&&(u=p.__i!=-1&&C[p.__i]||he,p.__i=g,$=Ve(e,p,u,s,i,a,d,l,c,m),f=p.__e,p.ref&&u.ref!=p.ref&&(u.ref&&Le(u.ref,null,p),m.push(p.ref,p.__c||f,p)),v==null&&f!=null&&(v=f),4&p.__u?(l=gt(p,l,e),u.__e&&(u.__e=null)):typeof p.type=="function"&&$!==void 0?l=$:f&&(l=f.nextSibling),p.__u&=-7);return o.__e=v,l}function Zn(e,t,o,r,s){var i,a,d,l,c,m=o.length,g=m,u=0;for(e.__k=new Array(s),i=0;i<s;i++)(a=t[i])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=e.__k[i]=be(null,a,null,null,null):Re(a)?a=e.__k[i]=be(A,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=e.__k[i]=be(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):e.__k[i]=a,l=i+u,a.__=e,a.__b=e.__b+1,d=null,(c=a.__i=zn(a,o,l,g))!=-1&&(g--,(d=o[c])&&(d.__u|=2)),d==null||d.__v==null?(c==-1&&(s>m?u--:s<m&&u++),typeof a.type!="function"&&(a.__u|=4)):c!=l&&(c==l-1?u--:c==l+1?u++:(c>l?u--:u++,a.__u|=4))):e.__k[i]=null;if(g)for(i=0;i<m;i++)(d=o[i])!=null&&(2&d.__u)==0&&(d.__e==r&&(r=X(d)),_t(d,d));return r}function gt(e,t,o){var r,s;if(typeof e.type=="function"){for(r=e.__k,s=0;r&&s<r.length;s++)r[s]&&(r[s].__=e,t=gt(r[s],t,o));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=X(e)),t=o.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function zn(e,t,o,r){var s,i,a,d=e.key,l=e.type,c=t[o],m=c!=null&&(2&c.__u)==0;if(c===null&&d==null||m&&d==c.key&&l==c.type)return o;if(r>(m?1:0)){for(s=o-1,i=o+1;s>=0||i<t.length;)if((c=t[a=s>=0?s--:i++])!=null&&(2&c.__u)==0&&d==c.key&&l==c.type)return a}return-1}function st(e,t,o){t[0]=="-"?e.setProperty(t,o??""):e[t]=o==null?"":typeof o!="number"||Gn.test(t)?o:o+"px"}function ye(e,t,o,r,s){var i,a;e:if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)o&&t in o||st(e.style,t,"");if(o)for(t in o)r&&o[t]==r[t]||st(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")i=t!=(t=t.replace(dt,"$1")),a=t.toLowerCase(),t=a in e||t=="onFocusOut"||t=="onFocusIn"?a.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+i]=o,o?r?o[re]=r[re]:(o[re]=Qe,e.addEventListener(t,i?Pe:Oe,i)):e.removeEventListener(t,i?Pe:Oe,i);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=o??"";break e}catch{}typeof o=="function"||(o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o))}}function at(e){return function(t){if(this.l){var o=this.l[t.type+e];if(t[fe]==null)t[fe]=Qe++;else if(t[fe]<o[re])return;return o(D.event?D.event(t):t)}}}function Ve(e,t,o,r,s,i,a,d,l,c){var m,g,u,p,f,v,$,C,h,q,N,F,V,L,U,J,Q=t.type;if(t.constructor!==void 0)return null;128&o.__u&&(l=!!(32&o.__u),i=[d=t.__e=o.__e]),(m=D.__b)&&m(t);e:if(typeof Q=="function"){g=a.length;try{if(h=t.props,q=Q.prototype&&Q.prototype.render,N=(m=Q.contextType)&&r[m.__c],F=m?N?N.props.value:m.__:r,o.__c?C=(u=t.__c=o.__c).__=u.__E:(q?t.__c=u=new Q(h,F):(t.__c=u=new _e(h,F),u.constructor=Q,u.render=Jn),N&&N.sub(u),u.state||(u.state={}),u.__n=r,p=u.__d=!0,u.__h=[],u._sb=[]),q&&u.__s==null&&(u.__s=u.state),q&&Q.getDerivedStateFromProps!=null&&(u.__s==u.state&&(u.__s=G({},u.__s)),G(u.__s,Q.getDerivedStateFromProps(h,u.__s))),f=u.props,v=u.state,u.__v=t,p)q&&Q.getDerivedStateFromProps==null&&u.componentWillMount!=null&&u.componentWillMount(),q&&u.componentDidMount!=null&&u.__h.push(u.componentDidMount);else{if(q&&Q.getDerivedStateFromProps==null&&h!==f&&u.componentWillReceiveProps!=null&&u.componentWillReceiveProps(h,F),t.__v==o.__v||!u.__e&&u.shouldComponentUpdate!=null&&u.shouldComponentUpdate(h,u.__s,F)===!1){t.__v!=o.__v&&(u.props=h,u.state=u.__s,u.__d=!1),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(Z){Z&&(Z.__=t)}),ve.push.apply(u.__h,u._sb),u._sb=[],u.__h.length&&a.push(u),d=X(o);break e}u.componentWillUpdate!=null&&u.componentWillUpdate(h,u.__s,F),q&&u.componentDidUpdate!=null&&u.__h.push(function(){u.componentDidUpdate(f,v,$)})}if(u.context=F,u.props=h,u.__P=e,u.__e=!1,V=D.__r,L=0,q)u.state=u.__s,u.__d=!1,V&&V(t),m=u.render(u.props,u.state,u.context),ve.push.apply(u.__h,u._sb),u._sb=[];else do u.__d=!1,V&&V(t),m=u.render(u.props,u.state,u.context),u.state=u.__s;while(u.__d&&++L<25);u.state=u.__s,u.getChildContext!=null&&(r=G(G({},r),u.getChildContext())),q&&!p&&u.getSnapshotBeforeUpdate!=null&&($=u.getSnapshotBeforeUpdate(f,v)),U=m!=null&&m.type===A&&m.key==null?bt(m.props.children):m,d=pt(e,Re(U)?U:[U],t,o,r,s,i,a,d,l,c),u.base=t.__e,t.__u&=-161,u.__h.length&&a.push(u),C&&(u.__E=u.__=null)}catch(Z){if(a.length=g,t.__v=null,l||i!=null){if(Z.then){for(t.__u|=l?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;i!=null&&(i[i.indexOf(d)]=null),t.__e=d}else if(i!=null)for(J=i.length;J--;)Be(i[J])}else t.__e=o.__e;t.__k==null&&(t.__k=o.__k||[]),Z.then||yt(t),D.__e(Z,t,o)}}else i==null&&t.__v==o.__v?(t.__k=o.__k,t.__e=o.__e):d=t.__e=Yn(o.__e,t,o,r,s,i,a,l,c);return(m=D.diffed)&&m(t),128&t.__u?void 0:d}function yt(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(yt))}function ft(e,t,o){for(var r=0;r<o.length;r++)Le(o[r],o[++r],o[++r]);D.__c&&D.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(i){i.call(s)})}catch(i){D.__e(i,s.__v)}})}function bt(e){return typeof e!="object"||e==null||e.__b>0?e:Re(e)?e.map(bt):e.constructor!==void 0?null:G({},e)}function Yn(e,t,o,r,s,i,a,d,l){var c,m,g,u,p,f,v,$=o.props||he,C=t.props,h=t.type;if(h=="svg"?s="http://www.w3.org/2000/svg":h=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),i!=null){for(c=0;c<i.length;c++)if((p=i[c])&&"setAttribute"in p==!!h&&(h?p.localName==h:p.nodeType==3)){e=p,i[c]=null;break}}if(e==null){if(h==null)return document.createTextNode(C);e=document.createElementNS(s,h,C.is&&C),d&&(D.__m&&D.__m(t,i),d=!1),i=null}if(h==null)$===C||d&&e.data==C||(e.data=C);else{if(i=h=="textarea"&&C.defaultValue!=null?null:i&&$e.call(e.childNodes),!d&&i!=null)for($={},c=0;c<e.attributes.length;c++)$[(p=e.attributes[c]).name]=p.value;for(c in $)p=$[c],c=="dangerouslySetInnerHTML"?g=p:c=="children"||c in C||c=="value"&&"defaultValue"in C||c=="checked"&&"defaultChecked"in C||ye(e,c,null,p,s);for(c in C)p=C[c],c=="children"?u=p:c=="dangerouslySetInnerHTML"?m=p:c=="value"?f=p:c=="checked"?v=p:d&&typeof p!="function"||$[c]===p||ye(e,c,p,$[c],s);if(m)d||g&&(m.__html==g.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(g&&(e.innerHTML=""),pt(t.type=="template"?e.content:e,Re(u)?u:[u],t,o,r,h=="foreignObject"?"http://www.w3.org/1999/xhtml":s,i,a,i?i[0]:o.__k&&X(o,0),d,l),i!=null)for(c=i.length;c--;)Be(i[c]);d&&h!="textarea"||(c="value",h=="progress"&&f==null?e.removeAttribute("value"):f!=null&&(f!==e[c]||h=="progress"&&!f||h=="option"&&f!=$[c])&&ye(e,c,f,$[c],s),c="checked",v!=null&&v!=e[c]&&ye(e,c,v,$[c],s))}return e}function Le(e,t,o){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(s){D.__e(s,o)}}function _t(e,t,o){var r,s;if(D.unmount&&D.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||Le(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(i){D.__e(i,t)}r.base=r.__P=r.__n=null}if(r=e.__k)for(s=0;s<r.length;s++)r[s]&&_t(r[s],t,o||typeof e.type!="function");o||Be(e.__e),e.__c=e.__=e.__e=void 0}function Jn(e,t,o){return this.constructor(e,o)}function ht(e,t,o){var r,s,i,a;t==document&&(t=document.documentElement),D.__&&D.__(e,t),s=(r=typeof o=="function")?null:o&&o.__k||t.__k,i=[],a=[],Ve(t,e=(!r&&o||t).__k=jn(A,null,[e]),s||he,he,t.namespaceURI,!r&&o?[o]:s?null:t.firstChild?$e.call(t.childNodes):null,i,!r&&o?o:s?s.__e:t.firstChild,r,a),ft(i,e,a),e.props.children=null}$e=ve.slice,D={__e:function(e,t,o,r){for(var s,i,a;t=t.__;)if((s=t.__c)&&!s.__)try{if((i=s.constructor)&&i.getDerivedStateFromError!=null&&(s.setState(i.getDerivedStateFromError(e)),a=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,r||{}),a=s.__d),a)return s.__E=s}catch(d){e=d}throw e}},ut=0,Hn=function(e){return e!=null&&e.constructor===void 0},_e.prototype.setState=function(e,t){var o;o=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=G({},this.state),typeof e=="function"&&(e=e(G({},o),this.props)),e&&G(o,e),e!=null&&this.__v&&(t&&this._sb.push(t),it(this))},_e.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),it(this))},_e.prototype.render=A,Y=[],lt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,ct=function(e,t){return e.__v.__b-t.__v.__b},Se.__r=0,qe=Math.random().toString(8),fe="__d"+qe,re="__a"+qe,dt=/(PointerCapture)$|Capture$/i,Qe=0,Oe=at(!1),Pe=at(!0),Wn=0;var ie,T,Ue,vt,se=0,It=[],x=D,St=x.__b,$t=x.__r,Rt=x.diffed,Dt=x.__c,At=x.unmount,Ct=x.__;function He(e,t){x.__h&&x.__h(T,e,se||t),se=0;var o=T.__H||(T.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function y(e){return se=1,Xn(xt,e)}function Xn(e,t,o){var r=He(ie++,2);if(r.t=e,!r.__c&&(r.__=[o?o(t):xt(void 0,t),function(d){var l=r.__N?r.__N[0]:r.__[0],c=r.t(l,d);l!==c&&(r.__N=[c,r.__[1]],r.__c.setState({}))}],r.__c=T,!T.__f)){var s=function(d,l,c){if(!r.__c.__H)return!0;var m=!1,g=r.__c.props!==d;if(r.__c.__H.__.some(function(p){if(p.__N){m=!0;var f=p.__[0];p.__=p.__N,p.__N=void 0,f!==p.__[0]&&(g=!0)}}),i){var u=i.call(this,d,l,c);return m?u||g:u}return!m||g};T.__f=!0;var i=T.shouldComponentUpdate,a=T.componentWillUpdate;T.componentWillUpdate=function(d,l,c){if(this.__e){var m=i;i=void 0,s(d,l,c),i=m}a&&a.call(this,d,l,c)},T.shouldComponentUpdate=s}return r.__N||r.__}function E(e,t){var o=He(ie++,3);!x.__s&&Tt(o.__H,t)&&(o.__=e,o.u=t,T.__H.__h.push(o))}function Ae(e){return se=5,j(function(){return{current:e}},[])}function j(e,t){var o=He(ie++,7);return Tt(o.__H,t)&&(o.__=e(),o.__H=t,o.__h=e),o.__}function Ce(e,t){return se=8,j(function(){return e},t)}function eo(){for(var e;e=It.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(De),t.__h.some(Fe),t.__h=[]}catch(o){t.__h=[],x.__e(o,e.__v)}}}x.__b=function(e){T=null,St&&St(e)},x.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ct&&Ct(e,t)},x.__r=function(e){$t&&$t(e),ie=0;var t=(T=e.__c).__H;t&&(Ue===T?(t.__h=[],T.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})):(t.__h.some(De),t.__h.some(Fe),t.__h=[],ie=0)),Ue=T},x.diffed=function(e){Rt&&Rt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(It.push(t)!==1&&vt===x.requestAnimationFrame||((vt=x.requestAnimationFrame)||to)(eo)),t.__H.__.some(function(o){o.u&&(o.__H=o.u,o.u=void 0)})),Ue=T=null},x.__c=function(e,t){t.some(function(o){try{o.__h.some(De),o.__h=o.__h.filter(function(r){return!r.__||Fe(r)})}catch(r){t.some(function(s){s.__h&&(s.__h=[])}),t=[],x.__e(r,o.__v)}}),Dt&&Dt(e,t)},x.unmount=function(e){At&&At(e);var t,o=e.__c;o&&o.__H&&(o.__H.__.some(function(r){try{De(r)}catch(s){t=s}}),o.__H=void 0,t&&x.__e(t,o.__v))};var Et=typeof requestAnimationFrame=="function";function to(e){var t,o=function(){clearTimeout(r),Et&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(o,35);Et&&(t=requestAnimationFrame(o))}function De(e){var t=T,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),T=t}function Fe(e){var t=T;e.__c=e.__(),T=t}function Tt(e,t){return!e||e.length!==t.length||t.some(function(o,r){return o!==e[r]})}function xt(e,t){return typeof t=="function"?t(e):t}var S=class extends String{__apiType;value;__meta__;constructor(t,o){super(t),this.value=t,this.__meta__=o}toString(){return this.value}},Nt=new S(`
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}
    `,{fragmentName:"Me"}),kt=new S(`
    query AdminCommunes {
  communes(participating: true) {
    code
    name
    participatingSince
    brigade {
      name
    }
    referent {
      displayName
    }
  }
}
    `),wt=new S(`
    query AdminBrigades {
  brigades {
    id
    code
    name
    kind
    phone
    communes {
      code
    }
  }
}
    `),Mt=new S(`
    query AdminCategories {
  categories {
    code
    label
    urgency
    order
    active
    diversion
  }
}
    `),qt=new S(`
    query RoutingSetup {
  communes(participating: true) {
    code
    name
    brigade {
      name
    }
  }
  categories {
    code
    label
  }
  brigades {
    id
    name
  }
}
    `),Ot=new S(`
    query RoutingRules($c: String!) {
  categoryOverrides(communeCode: $c) {
    category {
      code
      label
    }
    brigade {
      id
      name
    }
  }
}
    `),Pt=new S(`
    mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
  setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) {
    code
  }
}
    `),Qt=new S(`
    query Accounts($filter: UserFilter, $after: String) {
  users(filter: $filter, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      displayName
      email
      role
      disabledAt
      enrolmentStatus
      brigade {
        name
      }
      commune {
        name
      }
      coordinatedCommunes {
        name
      }
    }
  }
}
    `),Bt=new S(`
    mutation EnableAccount($id: ID!) {
  enableAccount(userId: $id) {
    id
  }
}
    `),Vt=new S(`
    mutation DisableAccount($id: ID!) {
  disableAccount(userId: $id, reason: "Désactivé depuis la console") {
    id
  }
}
    `),Lt=new S(`
    query Audit($after: String) {
  auditEvents(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      kind
      targetType
      targetId
      actor {
        displayName
      }
    }
  }
}
    `),Ut=new S(`
    mutation ResumeSession {
  resumeSession {
    accessToken
    expiresIn
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}`),Ft=new S(`
    mutation Login($email: String!, $password: String!, $totpCode: String) {
  login(email: $email, password: $password, cookie: true, totpCode: $totpCode) {
    accessToken
    expiresIn
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}`),Ht=new S(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `),Wt=new S(`
    mutation EndSession {
  endSession
}
    `),Gt=new S(`
    query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
  brigadeQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      description
      createdAt
      category {
        code
        label
        urgency
      }
      commune {
        code
        name
      }
      location {
        latitude
        longitude
      }
    }
  }
}
    `),jt=new S(`
    query BrigadeSetup {
  categories {
    code
    label
  }
  me {
    brigade {
      communes {
        code
        name
      }
    }
  }
  brigadeTo: brigades {
    id
    code
    name
  }
}
    `),Kt=new S(`
    query QueueOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),Zt=new S(`
    subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
  brigadeQueueEvents(brigadeId: $brigade, after: $after) {
    id
    reportId
    kind
    status
  }
}
    `),zt=new S(`
    subscription CoordinatorFeed {
  myNotifications {
    kind
  }
}
    `),Yt=new S(`
    query CommuneBilan($code: String!, $year: Int!) {
  communeBilan(communeCode: $code, year: $year) {
    total
    threshold
    csv
  }
}
    `),Jt=new S(`
    query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
  enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      displayName
      email
      phone
      enrolmentStatus
    }
  }
}
    `),Xt=new S(`
    mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
  decideEnrolment(userId: $id, approve: $approve, reason: $reason) {
    id
  }
}
    `),en=new S(`
    mutation SuspendResident($id: ID!, $reason: String!) {
  suspendResident(userId: $id, reason: $reason) {
    id
  }
}
    `),tn=new S(`
    mutation ReinstateResident($id: ID!) {
  reinstateResident(userId: $id) {
    id
  }
}
    `),nn=new S(`
    query CommuneAlerts($code: String!) {
  interventionAlerts(communeCode: $code, first: 20) {
    nodes {
      id
      message
      recipients
      createdAt
      closedAt
      closingMessage
    }
  }
}
    `),on=new S(`
    query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {
  communeOutlines(codes: [$code]) {
    code
    name
    polygons
  }
  communeActivity(communeCode: $code, from: $from, to: $to) {
    total
    medianSecondsToAcknowledge
    byCategory {
      key
      count
    }
    byStatus {
      key
      count
    }
    byWeek {
      key
      count
    }
    reports(first: 100) {
      nodes {
        id
        status
        category {
          label
        }
        location {
          latitude
          longitude
        }
      }
    }
  }
  categories {
    code
    label
  }
}
    `),rn=new S(`
    query ReportDetail($id: ID!) {
  report(id: $id) {
    id
    status
    description
    observedAt
    createdAt
    routingRule
    accuracyMeters
    category {
      code
      label
      urgency
    }
    commune {
      code
      name
    }
    brigade {
      id
      name
    }
    location {
      latitude
      longitude
    }
    photos {
      id
      url
    }
    reporter {
      displayName
      email
      phone
    }
    duplicateOf {
      id
    }
    events {
      id
      kind
      status
      publicNote
      internalNote
      actorRole
      at
    }
    possibleDuplicates {
      reportId
      categoryCode
      status
      distanceMeters
      observedAt
    }
  }
}
    `),sn=new S(`
    mutation SetTotp($code: String) {
  setTotp(code: $code) {
    uri
    qrSvg
    secret
    enabled
    recoveryCodes
  }
}
    `),an=new S(`
    mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
  transitionReport(
    reportId: $id
    to: $to
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
    status
  }
}
    `),un=new S(`
    mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
  addReportNote(
    reportId: $id
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
  }
}
    `),ln=new S(`
    mutation MarkDuplicate($id: ID!, $of: ID!) {
  markDuplicate(reportId: $id, duplicateOf: $of) {
    id
    status
  }
}
    `),cn=new S(`
    mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
  rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) {
    id
  }
}
    `),dn=new S(`
    query ReportAlerts($commune: String!) {
  interventionAlerts(communeCode: $commune, first: 20) {
    nodes {
      id
      message
      createdAt
      closedAt
      reportId
    }
  }
}
    `),mn=new S(`
    mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
  sendInterventionAlert(
    communeCode: $commune
    message: $message
    reportId: $report
  ) {
    id
    recipients
  }
}
    `),pn=new S(`
    mutation CloseInterventionAlert($id: ID!, $message: String!) {
  closeInterventionAlert(id: $id, message: $message) {
    id
    closedAt
  }
}
    `);var oo={"\n  query AdminCommunes {\n    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }\n  }\n":kt,"\n  query AdminBrigades {\n    brigades { id code name kind phone communes { code } }\n  }\n":wt,"\n  query AdminCategories {\n    categories { code label urgency order active diversion }\n  }\n":Mt,"\n  query RoutingSetup {\n    communes(participating: true) { code name brigade { name } }\n    categories { code label }\n    brigades { id name }\n  }\n":qt,"\n  query RoutingRules($c: String!) {\n    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }\n  }\n":Ot,"\n  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {\n    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }\n  }\n":Pt,"\n  query Accounts($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }\n    }\n  }\n":Qt,"\n  mutation EnableAccount($id: ID!) {\n    enableAccount(userId: $id) { id }\n  }\n":Bt,'\n  mutation DisableAccount($id: ID!) {\n    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }\n  }\n':Vt,"\n  query Audit($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at kind targetType targetId actor { displayName } }\n    }\n  }\n":Lt,"\n  fragment Me on User {\n    id\n    displayName\n    email\n    role\n    rank\n    brigade { id code name departement timeZone }\n    coordinatedCommunes { code name timeZone }\n  }\n":Nt,"\n  mutation ResumeSession {\n    resumeSession { accessToken expiresIn user { ...Me } }\n  }\n":Ut,"\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }\n  }\n":Ft,"\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n":Ht,"\n  mutation EndSession {\n    endSession\n  }\n":Wt,"\n  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {\n    brigadeQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status description createdAt category { code label urgency } commune { code name } location { latitude longitude } }\n    }\n  }\n":Gt,"\n  query BrigadeSetup {\n    categories { code label }\n    me { brigade { communes { code name } } }\n    brigadeTo: brigades { id code name }\n  }\n":jt,"\n  query QueueOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":Kt,"\n  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {\n    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }\n  }\n":Zt,"\n  subscription CoordinatorFeed {\n    myNotifications { kind }\n  }\n":zt,"\n  query CommuneBilan($code: String!, $year: Int!) {\n    communeBilan(communeCode: $code, year: $year) { total threshold csv }\n  }\n":Yt,"\n  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {\n    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email phone enrolmentStatus }\n    }\n  }\n":Jt,"\n  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {\n    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }\n  }\n":Xt,"\n  mutation SuspendResident($id: ID!, $reason: String!) {\n    suspendResident(userId: $id, reason: $reason) { id }\n  }\n":en,"\n  mutation ReinstateResident($id: ID!) {\n    reinstateResident(userId: $id) { id }\n  }\n":tn,"\n  query CommuneAlerts($code: String!) {\n    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }\n  }\n":nn,"\n  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {\n    communeOutlines(codes: [$code]) { code name polygons }\n    communeActivity(communeCode: $code, from: $from, to: $to) {\n      total\n      medianSecondsToAcknowledge\n      byCategory { key count }\n      byStatus { key count }\n      byWeek { key count }\n      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }\n    }\n    categories { code label }\n  }\n":on,"\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id status description observedAt createdAt routingRule accuracyMeters\n      category { code label urgency }\n      commune { code name }\n      brigade { id name }\n      location { latitude longitude }\n      photos { id url }\n      reporter { displayName email phone }\n      duplicateOf { id }\n      events { id kind status publicNote internalNote actorRole at }\n      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }\n    }\n  }\n":rn,"\n  mutation SetTotp($code: String) {\n    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }\n  }\n":sn,"\n  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {\n    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }\n  }\n":an,"\n  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {\n    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }\n  }\n":un,"\n  mutation MarkDuplicate($id: ID!, $of: ID!) {\n    markDuplicate(reportId: $id, duplicateOf: $of) { id status }\n  }\n":ln,"\n  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {\n    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }\n  }\n":cn,"\n  query ReportAlerts($commune: String!) {\n    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }\n  }\n":dn,"\n  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {\n    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }\n  }\n":mn,"\n  mutation CloseInterventionAlert($id: ID!, $message: String!) {\n    closeInterventionAlert(id: $id, message: $message) { id closedAt }\n  }\n":pn};function _(e){return oo[e]??{}}var B=class extends Error{constructor(o,r,s=null){super(o);this.code=r;this.field=s}};_(`
  fragment Me on User {
    id
    displayName
    email
    role
    rank
    brigade { id code name departement timeZone }
    coordinatedCommunes { code name timeZone }
  }
`);var ro=_(`
  mutation ResumeSession {
    resumeSession { accessToken expiresIn user { ...Me } }
  }
`),io=_(`
  mutation Login($email: String!, $password: String!, $totpCode: String) {
    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }
  }
`),so=_(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`),ao=_(`
  mutation EndSession {
    endSession
  }
`),K=null,Ie=0,We=null,Ge=new Set;function gn(e){return Ge.add(e),()=>Ge.delete(e)}function yn(e){return K=e.accessToken,Ie=Date.now()+e.expiresIn*1e3,e.user}function fn(){K=null,Ie=0,Ge.forEach(e=>e(null))}async function bn(){return K&&Date.now()>Ie-3e4&&await ue(),K}async function ae(e,t){let o={"content-type":"application/json"};K&&(o.authorization=`Bearer ${K}`);let r;try{r=await fetch("/graphql",{method:"POST",headers:o,credentials:"same-origin",body:JSON.stringify({query:e.toString(),variables:t})})}catch{throw new B("Le serveur est injoignable. Vérifiez la connexion puis réessayez.","NETWORK")}try{return await r.json()}catch{throw new B(`Réponse illisible du serveur (HTTP ${r.status}).`,"INTERNAL")}}function Ee(e){let t=e?.errors?.[0];return t?new B(t.message??"Erreur",t.extensions?.code??"INTERNAL",t.extensions?.field??null):null}async function R(e,...[t]){K&&Date.now()>Ie-3e4&&await ue();let o=t??{},r=await ae(e,o),s=Ee(r);if(s?.code==="UNAUTHENTICATED"&&K&&await ue()&&(r=await ae(e,o),s=Ee(r)),s)throw s.code==="UNAUTHENTICATED"&&fn(),s;if(!r.data)throw new B("Réponse vide du serveur.","INTERNAL");return r.data}function ue(){return We??=(async()=>{try{let e=await ae(ro,{});return Ee(e)||!e.data?(K=null,null):yn(e.data.resumeSession)}catch{return null}finally{We=null}})(),We}async function _n(e,t,o=null){let r=await ae(io,{email:e,password:t,totpCode:o}),s=Ee(r);if(s)throw s;if(!r.data)throw new B("Réponse vide du serveur.","INTERNAL");return yn(r.data.login)}async function Te(e=!1){try{e?await R(so):await ae(ao,{})}finally{fn()}}var H={SUBMITTED:"Reçu",ACKNOWLEDGED:"Pris en compte",IN_PROGRESS:"Intervention en cours",RESOLVED:"Traité",REJECTED:"Classé sans suite",DUPLICATE:"Doublon",WITHDRAWN:"Retiré"};function hn(e){return Object.hasOwn(H,e)?H[e]:e}var vn=["SUBMITTED","ACKNOWLEDGED","IN_PROGRESS"],Sn={FILED:"Signalement déposé",STATUS_CHANGED:"Statut modifié",NOTE:"Réponse au signalant",INTERNAL_NOTE:"Note interne",COMMENT:"Précision du signalant",PHOTOS_ADDED:"Photos ajoutées",REROUTED:"Transmis à une autre unité",DUPLICATE_LINKED:"Rattaché comme doublon",WITHDRAWN:"Retiré par le signalant"},ee={RESIDENT:"Habitant",COORDINATOR:"Coordinateur communal",BRIGADE_STAFF:"Personnel de brigade",ADMIN:"Administrateur",PARTNER:"Partenaire"},le={PENDING:"En attente",APPROVED:"Approuvée",REJECTED:"Refusée",SUSPENDED:"Suspendue"},$n={COMMUNE_DEFAULT:"Brigade de la commune",CATEGORY_OVERRIDE:"Règle par catégorie",REROUTED:"Transmis"},te={3:"Immédiate",2:"Élevée",1:"Normale"},je=e=>new Intl.DateTimeFormat("fr-FR",{dateStyle:"short",timeStyle:"short",timeZone:e}),Ke=je("Europe/Paris");function Rn(e){try{Ke=je(e||"Europe/Paris")}catch{Ke=je("Europe/Paris")}}var uo=new Intl.DateTimeFormat("fr-FR",{day:"numeric",month:"short",timeZone:"UTC"});function P(e){return Ke.format(new Date(e))}function xe(e){return uo.format(new Date(`${e}T00:00:00Z`))}function Dn(e,t=Date.now()){let o=Math.max(0,Math.round((t-new Date(e).getTime())/6e4));if(o<1)return"à l’instant";if(o<60)return`il y a ${o} min`;let r=Math.round(o/60);return r<48?`il y a ${r} h`:`il y a ${Math.round(r/24)} j`}function An(e){return e==null?"—":e<3600?`${Math.round(e/60)} min`:e<172800?`${(e/3600).toFixed(1).replace(".",",")} h`:`${Math.round(e/86400)} j`}var lo=0,vr=Array.isArray;function n(e,t,o,r,s,i){t||(t={});var a,d,l=t;if("ref"in l)for(d in l={},t)d=="ref"?a=t[d]:l[d]=t[d];var c={type:e,props:l,key:o,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--lo,__i:-1,__u:0,__source:s,__self:i};if(typeof e=="function"&&(a=e.defaultProps))for(d in a)l[d]===void 0&&(l[d]=a[d]);return D.vnode&&D.vnode(c),c}var co=0;function Ze(e){let[t]=y(()=>`${e}-${++co}`);return t}function I({kind:e,children:t}){return n("p",{class:`notice notice-${e}`,role:e==="error"?"alert":"status",children:t})}function k(e){return e instanceof B?e.message:"Une erreur inattendue est survenue."}function W(e){let[t,o]=y(!1),[r,s]=y(null),[i,a]=y(null);return{run:Ce(async(...c)=>{o(!0),s(null),a(null);try{let m=await e(...c);m&&a(m)}catch(m){s(k(m))}finally{o(!1)}},[e]),busy:t,feedback:n(A,{children:[r&&n(I,{kind:"error",children:r}),i&&n(I,{kind:"success",children:i})]})}}function w(e){let t=Ze("field"),o=e.hint?`${t}-hint`:void 0,r={id:t,value:e.value,required:e.required,"aria-describedby":o,onInput:s=>e.onInput(s.target.value)};return n("div",{class:"field",children:[n("label",{for:t,children:[e.label,e.required&&n("span",{"aria-hidden":"true",children:" *"})]}),e.hint&&n("span",{class:"hint",id:o,children:e.hint}),e.multiline?n("textarea",{rows:3,...r}):n("input",{type:e.type??"text",autocomplete:e.autocomplete,...r})]})}function O(e){let t=Ze("select");return n("div",{class:"field",children:[n("label",{for:t,children:e.label}),n("select",{id:t,value:e.value,onChange:o=>e.onChange(o.target.value),children:e.options.map(([o,r])=>n("option",{value:o,children:r},o))})]})}function M({title:e,children:t,id:o}){let r=Ze("section");return n("section",{class:"panel","aria-labelledby":r,id:o,children:[n("h2",{id:r,children:e}),t]})}function ce(e,t,o,r){let[s,i]=y([]),[a,d]=y(null),[l,c]=y(null),[m,g]=y(!1),[u,p]=y(null),[f,v]=y(!1),[$,C]=y(0),h=async(N,F)=>{v(!0);try{let V=await R(e,{...o,after:N}),L=t(V);i(U=>F?[...U,...L.nodes]:L.nodes),d(L.totalCount),c(L.pageInfo.endCursor),g(L.pageInfo.hasNextPage),p(null)}catch(V){p(k(V))}finally{v(!1)}};E(()=>{h(null,!1)},[...r,$]);let q=m?n("button",{type:"button",disabled:f,onClick:()=>void h(l,!0),children:["Afficher plus (",s.length," sur ",a,")"]}):null;return{nodes:s,total:a,error:u,more:q,reload:()=>C(N=>N+1)}}var de=[["communes","Communes"],["brigades","Brigades"],["categories","Catégories"],["routing","Acheminement"],["accounts","Comptes"],["audit","Journal"]];function Cn({me:e}){let[t,o]=y("communes");return n("div",{class:"admin",children:[n("div",{role:"tablist","aria-label":"Administration",class:"tabs",children:de.map(([r,s])=>n("button",{type:"button",role:"tab",id:`tab-${r}`,"aria-selected":t===r,"aria-controls":"admin-panel",tabIndex:t===r?0:-1,onClick:()=>o(r),onKeyDown:i=>{let a=de.findIndex(([l])=>l===t),d=i.key==="ArrowRight"?1:i.key==="ArrowLeft"?-1:0;if(d){let l=de[(a+d+de.length)%de.length][0];o(l),document.getElementById(`tab-${l}`)?.focus()}},children:s},r))}),n("div",{role:"tabpanel",id:"admin-panel","aria-labelledby":`tab-${t}`,children:[t==="communes"&&n($o,{}),t==="brigades"&&n(Ro,{}),t==="categories"&&n(Do,{}),t==="routing"&&n(Ao,{}),t==="accounts"&&n(Co,{me:e}),t==="audit"&&n(Io,{})]})]})}function me(e,t,...o){let[r,s]=y(null),[i,a]=y(null),[d,l]=y(0);return E(()=>{R(e,...o).then(c=>(s(c),a(null))).catch(c=>a(k(c)))},[...t,d]),{data:r,error:i&&n(I,{kind:"error",children:i}),reload:()=>l(c=>c+1)}}function ne({rows:e,columns:t,rowKey:o}){return n("table",{children:[n("thead",{children:n("tr",{children:t.map(([r])=>n("th",{scope:"col",children:r},r))})}),n("tbody",{children:e.map(r=>n("tr",{children:t.map(([s,i])=>n("td",{children:i(r)},s))},o(r)))})]})}var mo=_(`
  query AdminCommunes {
    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }
  }
`),po=_(`
  query AdminBrigades {
    brigades { id code name kind phone communes { code } }
  }
`),go=_(`
  query AdminCategories {
    categories { code label urgency order active diversion }
  }
`),yo=_(`
  query RoutingSetup {
    communes(participating: true) { code name brigade { name } }
    categories { code label }
    brigades { id name }
  }
`),fo=_(`
  query RoutingRules($c: String!) {
    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }
  }
`),bo=_(`
  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }
  }
`),_o=_(`
  query Accounts($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }
    }
  }
`),ho=_(`
  mutation EnableAccount($id: ID!) {
    enableAccount(userId: $id) { id }
  }
`),vo=_(`
  mutation DisableAccount($id: ID!) {
    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }
  }
`),So=_(`
  query Audit($after: String) {
    auditEvents(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at kind targetType targetId actor { displayName } }
    }
  }
`);function $o(){let{data:e,error:t}=me(mo,[]);return n(M,{title:"Communes du dispositif",children:[t,n(ne,{rows:e?.communes??[],rowKey:o=>o.code,columns:[["Code INSEE",o=>o.code],["Commune",o=>o.name],["Depuis",o=>o.participatingSince??"—"],["Brigade",o=>o.brigade?.name??"—"],["Référent",o=>o.referent?.displayName??"—"]]})]})}function Ro(){let{data:e,error:t}=me(po,[]);return n(M,{title:"Brigades",children:[t,n(ne,{rows:e?.brigades??[],rowKey:o=>o.id,columns:[["Code",o=>o.code],["Nom",o=>o.name],["Téléphone",o=>o.phone??"—"],["Communes couvertes",o=>o.communes.length]]})]})}function Do(){let{data:e,error:t}=me(go,[]);return n(M,{title:"Catégories de signalement",children:[t,n(ne,{rows:e?.categories??[],rowKey:o=>o.code,columns:[["Code",o=>o.code],["Libellé",o=>o.label],["Urgence",o=>te[o.urgency]],["Réorientation d’urgence",o=>o.diversion??"—"]]})]})}function Ao(){let e=me(yo,[]),t=e.data?.communes??[],[o,r]=y(""),s=o||t[0]?.code||"",i=me(fo,[s],{c:s}),[a,d]=y(""),[l,c]=y(""),m=W(async(f,v)=>(await R(bo,{c:s,k:f,b:v}),i.reload(),v?"Règle enregistrée.":"Règle retirée.")),g=e.data?.categories??[],u=e.data?.brigades??[],p=t.find(f=>f.code===s)?.brigade?.name??"—";return n(M,{title:"Règles d’acheminement",children:[e.error,n("form",{class:"filters",onSubmit:f=>f.preventDefault(),children:n(O,{label:"Commune",value:s,onChange:r,options:t.map(f=>[f.code,f.name])})}),n("p",{children:["Par défaut, les signalements vont à : ",n("strong",{children:p}),"."]}),i.error,n(ne,{rows:(i.data?.categoryOverrides??[]).flatMap(f=>f.category?[{...f,category:f.category}]:[]),rowKey:f=>f.category.code,columns:[["Catégorie",f=>f.category.label],["Acheminée vers",f=>f.brigade?.name??"—"],["Action",f=>n("button",{type:"button",class:"small",disabled:m.busy,onClick:()=>void m.run(f.category.code,null),children:["Retirer la règle « ",f.category.label," »"]})]]}),n("h3",{children:"Nouvelle règle"}),n("form",{class:"filters","aria-label":"Nouvelle règle",onSubmit:f=>{f.preventDefault(),m.run(a||g[0]?.code,l||u[0]?.id)},children:[n(O,{label:"Catégorie",value:a||g[0]?.code||"",onChange:d,options:g.map(f=>[f.code,f.label])}),n(O,{label:"Brigade destinataire",value:l||u[0]?.id||"",onChange:c,options:u.map(f=>[f.id,f.name])}),n("div",{class:"field",children:[n("span",{"aria-hidden":"true",children:" "}),n("button",{type:"submit",class:"primary",disabled:m.busy||!s,children:"Enregistrer la règle"})]})]}),m.feedback]})}function Co({me:e}){let[t,o]=y(""),r=ce(_o,i=>i.users,{filter:t.trim()?{search:t.trim()}:null},[t]),s=i=>i.disabledAt?`Désactivé le ${P(i.disabledAt)}`:i.enrolmentStatus?`Inscription ${le[i.enrolmentStatus].toLowerCase()}`:"Actif";return n(M,{title:"Comptes",children:[n("form",{class:"filters",role:"search",onSubmit:i=>i.preventDefault(),children:n(w,{label:"Rechercher (nom ou adresse)",value:t,onInput:o,type:"search"})}),r.error&&n(I,{kind:"error",children:r.error}),r.total!==null&&n("p",{class:"count",children:[r.total," comptes"]}),n(ne,{rows:r.nodes,rowKey:i=>i.id,columns:[["Nom",i=>i.displayName],["Adresse",i=>i.email],["Rôle",i=>ee[i.role]],["Rattachement",i=>i.brigade?.name??i.commune?.name??(i.coordinatedCommunes.map(a=>a.name).join(", ")||"—")],["État",s],["Action",i=>i.role==="RESIDENT"||i.id===e.id?"—":n(Eo,{user:i,onChanged:r.reload})]]}),r.more]})}function Eo({user:e,onChanged:t}){let{run:o,busy:r,feedback:s}=W(async()=>{e.disabledAt?await R(ho,{id:e.id}):await R(vo,{id:e.id}),t()}),i=e.disabledAt?"Réactiver":"Désactiver";return n(A,{children:[n("button",{type:"button",class:"small",disabled:r,onClick:()=>void o(),"aria-label":`${i} ${e.displayName}`,children:i}),s]})}function Io(){let e=ce(So,t=>t.auditEvents,{},[]);return n(M,{title:"Journal d’audit",children:[e.error&&n(I,{kind:"error",children:e.error}),n(ne,{rows:e.nodes,rowKey:t=>t.id,columns:[["Date",t=>P(t.at)],["Action",t=>n("code",{children:t.kind})],["Par",t=>t.actor?.displayName??"Système"],["Cible",t=>t.targetType?`${t.targetType} ${t.targetId??""}`:"—"]]}),e.more]})}function Ne({document:e,variables:t,onData:o,onState:r}){let s=null,i=!1,a=0,d,l=async()=>{if(i)return;let c=await bn();if(i)return;let m=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql/ws`,g=new WebSocket(m,"graphql-transport-ws");s=g,g.onopen=()=>g.send(JSON.stringify({type:"connection_init",payload:c?{authorization:`Bearer ${c}`}:{}})),g.onmessage=u=>{let p;try{p=JSON.parse(String(u.data))}catch{return}switch(p.type){case"connection_ack":a=0,r?.(!0),g.send(JSON.stringify({id:"1",type:"subscribe",payload:{query:e.toString(),variables:t()}}));break;case"ping":g.send(JSON.stringify({type:"pong"}));break;case"next":p.payload?.data&&o(p.payload.data);break;case"error":case"complete":g.close(1e3);break}},g.onclose=()=>{r?.(!1),!i&&(a+=1,d=window.setTimeout(l,Math.min(3e4,500*2**a)))}};return l(),{close(){i=!0,window.clearTimeout(d),s?.close(1e3)}}}var ke=1e3,ze=680;function Ye(e,t){let o=Math.sin(t*Math.PI/180),r=.5-Math.log((1+o)/(1-o))/(4*Math.PI);return[(e+180)/360,r]}function To(){let t=document.querySelector('meta[name="vigie-map-tiles"]')?.getAttribute("content")?.trim();return t||null}function we(e){let{outlines:t,points:o}=e,r=j(()=>{let[l,c,m,g]=[1/0,1/0,-1/0,-1/0],u=([v,$])=>{l=Math.min(l,v),m=Math.max(m,v),c=Math.min(c,$),g=Math.max(g,$)};if(t.forEach(v=>v.polygons.forEach($=>$[0]?.forEach(([C,h])=>u(Ye(C,h))))),o.forEach(v=>u(Ye(v.longitude,v.latitude))),!Number.isFinite(l))return null;let p=Math.max(m-l,g-c)*.04||5e-4;l-=p,c-=p,m+=p,g+=p;let f=Math.min(ke/(m-l),ze/(g-c));return l-=(ke/f-(m-l))/2,c-=(ze/f-(g-c))/2,{minX:l,minY:c,scale:f,height:ze}},[t,o]);if(!r)return n("p",{class:"muted",children:"Aucune commune à afficher."});let s=(l,c)=>{let[m,g]=Ye(l,c);return[(m-r.minX)*r.scale,(g-r.minY)*r.scale]},i=l=>l.map(c=>c.map(m=>m.map(([g,u],p)=>`${p?"L":"M"}${s(g,u).map(f=>f.toFixed(1)).join(" ")}`).join("")+"Z").join("")).join(""),a=xo(r),d=t.map(l=>{let c=l.polygons[0]?.[0]??[],m=c.reduce((g,[u,p])=>[g[0]+u,g[1]+p],[0,0]);return{outline:l,centre:c.length?s(m[0]/c.length,m[1]/c.length):null}});return n("figure",{class:"map",children:[n("svg",{viewBox:`0 0 ${ke} ${r.height}`,role:"group","aria-label":e.title,children:[a.map(l=>n("image",{href:l.href,x:l.x,y:l.y,width:l.size,height:l.size},l.href)),d.map(({outline:l})=>n("path",{class:"commune",d:i(l.polygons),"fill-rule":"evenodd",children:n("title",{children:l.name})},l.code)),d.map(({outline:l,centre:c})=>c?n("text",{x:c[0],y:c[1],class:"commune-name","aria-hidden":"true",children:l.name},l.code):null),o.map(l=>{let[c,m]=s(l.longitude,l.latitude),g=()=>e.onSelect?.(l.id),u=e.onSelect?{tabIndex:0,role:"button",onClick:g,onKeyDown:f=>{(f.key==="Enter"||f.key===" ")&&(f.preventDefault(),g())}}:{role:"img"},p=e.grid?16+Math.min(24,l.weight*4):0;return n("g",{class:`marker urgency-${e.grid?"grid":l.weight}${l.selected?" selected":""}`,"aria-label":l.label,"data-report":l.id,...u,children:[e.grid?n("rect",{x:c-p/2,y:m-p/2,width:p,height:p}):n("circle",{cx:c,cy:m,r:l.selected?17:13}),n("title",{children:l.label})]},l.id)})]}),n("figcaption",{children:[e.title," — contours des communes : IGN (Admin Express), servis par Vigie."]})]})}function xo(e){let t=To();if(!t)return[];let o=Math.max(0,Math.min(18,Math.round(Math.log2(e.scale/256)))),r=2**o,s=e.scale/r,i=e.minX+ke/e.scale,a=e.minY+e.height/e.scale,d=[];for(let l=Math.floor(e.minX*r);l<=Math.floor(i*r);l++)for(let c=Math.floor(e.minY*r);c<=Math.floor(a*r);c++){let m=t.replace("{z}",String(o)).replace("{x}",String(l)).replace("{y}",String(c));d.push({href:m,x:(l/r-e.minX)*e.scale,y:(c/r-e.minY)*e.scale,size:s})}return d.slice(0,64)}var No=_(`
  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }
  }
`),ko=_(`
  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }
  }
`),wo=_(`
  mutation MarkDuplicate($id: ID!, $of: ID!) {
    markDuplicate(reportId: $id, duplicateOf: $of) { id status }
  }
`),Mo=_(`
  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }
  }
`),qo=_(`
  query ReportAlerts($commune: String!) {
    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }
  }
`),Oo=_(`
  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }
  }
`),Po=_(`
  mutation CloseInterventionAlert($id: ID!, $message: String!) {
    closeInterventionAlert(id: $id, message: $message) { id closedAt }
  }
`),Qo={SUBMITTED:[["ACKNOWLEDGED","Prendre en compte"],["REJECTED","Classer sans suite"]],ACKNOWLEDGED:[["IN_PROGRESS","Démarrer l’intervention"],["REJECTED","Classer sans suite"]],IN_PROGRESS:[["RESOLVED","Marquer traité"],["REJECTED","Classer sans suite"]],RESOLVED:[["ACKNOWLEDGED","Rouvrir"]],REJECTED:[["ACKNOWLEDGED","Rouvrir"]]};function En({report:e,onChanged:t}){let o=Qo[e.status]??[],[r,s]=y(o[0]?.[0]??null),[i,a]=y(""),[d,l]=y("");E(()=>s(o[0]?.[0]??null),[e.status]);let{run:c,busy:m,feedback:g}=W(async u=>{let p={publicNote:i.trim()||null,internalNote:d.trim()||null};return u&&r?await R(No,{id:e.id,to:r,...p}):await R(ko,{id:e.id,...p}),a(""),l(""),t(),u?"Statut mis à jour.":"Note enregistrée."});return n("form",{class:"action","aria-labelledby":"triage-title",onSubmit:u=>{u.preventDefault(),c(!0)},children:[n("h3",{id:"triage-title",children:"Traiter"}),o.length>0&&n(O,{label:"Nouveau statut",value:r??"",onChange:u=>s(u),options:o}),n(w,{label:"Réponse au signalant (visible par lui)",value:i,onInput:a,multiline:!0}),n(w,{label:"Note interne (brigade seulement)",value:d,onInput:l,multiline:!0}),n("div",{class:"buttons",children:[o.length>0&&n("button",{type:"submit",class:"primary",disabled:m,children:"Appliquer"}),n("button",{type:"button",disabled:m||!i.trim()&&!d.trim(),onClick:()=>void c(!1),children:"Ajouter la note seulement"})]}),g]})}function In({report:e,onChanged:t}){let o=e.possibleDuplicates.flatMap(({reportId:a,distanceMeters:d,observedAt:l,status:c})=>a&&d!=null&&l?[{reportId:a,distanceMeters:d,observedAt:l,status:c}]:[]),{run:r,busy:s,feedback:i}=W(async a=>(await R(wo,{id:e.id,of:a}),t(),"Signalement rattaché comme doublon."));return n("div",{class:"action",children:[n("h3",{children:"Doublons possibles"}),o.length===0?n("p",{class:"muted",children:"Aucun signalement ouvert de même catégorie à moins de 250 m dans les 48 h."}):n("ul",{class:"plain",children:o.map(a=>n("li",{children:["À ",Math.round(a.distanceMeters)," m, observé le ",P(a.observedAt)," (",H[a.status],")"," ",n("button",{type:"button",disabled:s,onClick:()=>void r(a.reportId),"aria-label":`Classer ce signalement comme doublon de celui observé à ${Math.round(a.distanceMeters)} m le ${P(a.observedAt)}`,children:"Classer comme doublon de celui-ci"})]},a.reportId))}),i]})}function Tn({report:e,brigades:t,onChanged:o}){let[r,s]=y(t[0]?.id??""),[i,a]=y("");E(()=>s(m=>m||t[0]?.id||""),[t]);let{run:d,busy:l,feedback:c}=W(async()=>(await R(Mo,{id:e.id,to:r,reason:i}),o(),"Signalement transmis."));return n("form",{class:"action","aria-labelledby":"reroute-title",onSubmit:m=>{m.preventDefault(),d()},children:[n("h3",{id:"reroute-title",children:"Transmettre à une autre unité"}),n(O,{label:"Unité destinataire",value:r,onChange:s,options:t.map(m=>[m.id,m.name])}),n(w,{label:"Motif",value:i,onInput:a,required:!0}),n("button",{type:"submit",disabled:l||!r,children:"Transmettre"}),c]})}function xn({report:e}){let[t,o]=y(""),[r,s]=y([]),[i,a]=y(0);E(()=>{R(qo,{commune:e.commune.code}).then(m=>s(m.interventionAlerts.nodes.filter(g=>g.reportId===e.id))).catch(()=>s([]))},[e.id,i]);let{run:d,busy:l,feedback:c}=W(async()=>{let m=await R(Oo,{commune:e.commune.code,message:t,report:e.id});return o(""),a(g=>g+1),`Alerte envoyée à ${m.sendInterventionAlert.recipients} élu(s).`});return n("div",{class:"action",children:[n("form",{"aria-labelledby":"alert-title",onSubmit:m=>{m.preventDefault(),d()},children:[n("h3",{id:"alert-title",children:["Alerter les élus de ",e.commune.name]}),n(w,{label:"Message d’intervention (SMS, sans nom ni adresse)",value:t,onInput:o,required:!0,multiline:!0}),n("button",{type:"submit",disabled:l||!t.trim(),children:"Envoyer l’alerte"}),c]}),r.length>0&&n("ul",{class:"plain alerts",children:r.map(m=>n(Bo,{alert:m,onClosed:()=>a(g=>g+1)},m.id))})]})}function Bo({alert:e,onClosed:t}){let[o,r]=y(""),{run:s,busy:i,feedback:a}=W(async()=>(await R(Po,{id:e.id,message:o}),t(),"Fin d’intervention envoyée."));return n("li",{children:[n("time",{dateTime:e.createdAt,children:P(e.createdAt)})," — ",e.message,e.closedAt?n("p",{class:"muted",children:["Terminée le ",P(e.closedAt)]}):n("form",{onSubmit:d=>{d.preventDefault(),s()},children:[n(w,{label:"Message de fin d’intervention",value:o,onInput:r,required:!0}),n("button",{type:"submit",disabled:i||!o.trim(),children:"Terminer l’intervention"}),a]})]})}var Vo=_(`
  query ReportDetail($id: ID!) {
    report(id: $id) {
      id status description observedAt createdAt routingRule accuracyMeters
      category { code label urgency }
      commune { code name }
      brigade { id name }
      location { latitude longitude }
      photos { id url }
      reporter { displayName email phone }
      duplicateOf { id }
      events { id kind status publicNote internalNote actorRole at }
      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }
    }
  }
`);function Nn(e){let[t,o]=y(null),[r,s]=y(null),i=Ae(null);return E(()=>{i.current?.scrollIntoView({block:"start"}),i.current?.focus({preventScroll:!0})},[e.id]),E(()=>{let a=!0;return R(Vo,{id:e.id}).then(d=>{a&&(d.report||s("Ce signalement n’est plus dans la file de la brigade."),o(d.report))}).catch(d=>a&&s(k(d))),()=>{a=!1}},[e.id,e.revision]),n("section",{class:"panel detail","aria-labelledby":"detail-title",id:"signalement",children:[n("div",{class:"detail-head",children:[n("h2",{id:"detail-title",tabIndex:-1,ref:i,children:t?`${t.category.label} — ${t.commune.name}`:"Signalement"}),n("button",{type:"button",onClick:e.onClose,children:"Fermer"})]}),r&&n(I,{kind:"error",children:r}),t&&n(Lo,{report:t,...e})]})}function Lo({report:e,brigades:t,onChanged:o}){return n("div",{class:"detail-grid",children:[n("div",{children:[n("dl",{class:"facts",children:[n("dt",{children:"Statut"}),n("dd",{"data-testid":"report-status",children:H[e.status]}),n("dt",{children:"Urgence"}),n("dd",{children:te[e.category.urgency]}),n("dt",{children:"Faits observés"}),n("dd",{children:P(e.observedAt)}),n("dt",{children:"Reçu"}),n("dd",{children:P(e.createdAt)}),n("dt",{children:"Lieu"}),n("dd",{children:[e.location.latitude.toFixed(5),", ",e.location.longitude.toFixed(5),e.accuracyMeters!=null&&` (± ${Math.round(e.accuracyMeters)} m)`]}),n("dt",{children:"Acheminement"}),n("dd",{children:[e.brigade.name," (",$n[e.routingRule],")"]}),n("dt",{children:"Signalant"}),n("dd",{children:e.reporter?n(A,{children:[e.reporter.displayName," — ",n("a",{href:`mailto:${e.reporter.email}`,children:e.reporter.email}),e.reporter.phone&&n(A,{children:[" ","— ",n("a",{href:`tel:${e.reporter.phone}`,children:e.reporter.phone})]})]}):"—"})]}),n("h3",{children:"Description"}),n("p",{class:"description",children:e.description}),e.photos.length>0&&n(A,{children:[n("h3",{children:"Photos"}),n("ul",{class:"photos",children:e.photos.map((r,s)=>n("li",{children:n("a",{href:r.url,target:"_blank",rel:"noopener noreferrer",children:n("img",{src:r.url,alt:`Photo ${s+1} jointe au signalement`})})},r.id))})]}),n("h3",{children:"Historique"}),n("ol",{class:"history",children:e.events.map(r=>n("li",{children:[n("time",{dateTime:r.at,children:P(r.at)})," — ",Sn[r.kind]??r.kind,r.status&&` : ${H[r.status]}`," ",n("span",{class:"muted",children:["(",ee[r.actorRole],")"]}),r.publicNote&&n("p",{class:"note",children:["« ",r.publicNote," »"]}),r.internalNote&&n("p",{class:"note internal",children:["Note interne : ",r.internalNote]})]},r.id))})]}),n("div",{children:[n(En,{report:e,onChanged:o}),n(In,{report:e,onChanged:o}),n(Tn,{report:e,brigades:t,onChanged:o}),n(xn,{report:e})]})]})}var Uo=20,Fo=_(`
  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
    brigadeQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id status description createdAt category { code label urgency } commune { code name } location { latitude longitude } }
    }
  }
`),Ho=_(`
  query BrigadeSetup {
    categories { code label }
    me { brigade { communes { code name } } }
    brigadeTo: brigades { id code name }
  }
`),Wo=_(`
  query QueueOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),Go=_(`
  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }
  }
`);function kn({me:e}){let t=e.brigade,[o,r]=y([]),[s,i]=y([]),[a,d]=y([]),[l,c]=y([]),[m,g]=y("OPEN"),[u,p]=y(""),[f,v]=y(""),[$,C]=y(""),[h,q]=y([null]),[N,F]=y(null),[V,L]=y(null),[U,J]=y(null),[Q,Z]=y(!1),[Ln,Un]=y(""),[Xe,et]=y(0),tt=Ae(null);E(()=>{R(Ho).then(async b=>{r(b.categories);let z=b.me?.brigade?.communes??[];i(z),d(b.brigadeTo.filter(oe=>oe.id!==t.id));let Me=z.slice(0,100).map(oe=>oe.code),ge=await R(Wo,{codes:Me});c(ge.communeOutlines)}).catch(b=>L(k(b)))},[t.id]);let nt=j(()=>{let b={status:m==="OPEN"?vn:[m]};return u&&(b.categoryCode=u),f&&(b.communeCode=f),$&&(b.createdSince=new Date(Date.now()-Number($)*36e5).toISOString()),b},[m,u,f,$]),ot=h[h.length-1];E(()=>{let b=!0;return R(Fo,{filter:nt,first:Uo,after:ot}).then(z=>b&&(F(z.brigadeQueue),L(null))).catch(z=>b&&L(k(z))),()=>{b=!1}},[nt,ot,Xe]),E(()=>{let b,z=Ne({document:Go,variables:()=>({brigade:t.id,after:tt.current}),onState:Z,onData:Me=>{let ge=Me.brigadeQueueEvents;tt.current=ge.id,ge.kind==="FILED"&&Un("Nouveau signalement reçu."),window.clearTimeout(b),b=window.setTimeout(()=>et(oe=>oe+1),150)}});return()=>{window.clearTimeout(b),z.close()}},[t.id]);let pe=Ce(b=>{b(),q([null])},[]),Fn=(N?.nodes??[]).map(b=>({id:b.id,latitude:b.location.latitude,longitude:b.location.longitude,weight:b.category.urgency,selected:b.id===U,label:`${b.category.label}, ${b.commune.name}, ${H[b.status]}`}));return n("div",{class:"brigade",children:[n("p",{class:"live-state","aria-live":"polite",children:[n("span",{class:Q?"dot on":"dot","aria-hidden":"true"}),Q?"Mises à jour en direct":"Connexion au direct…",n("span",{class:"visually-hidden",children:Ln})]}),n("div",{class:"columns",children:[n(M,{title:"File des signalements",id:"file",children:[n("form",{class:"filters",onSubmit:b=>b.preventDefault(),"aria-label":"Filtres de la file",children:[n(O,{label:"Statut",value:m,onChange:b=>pe(()=>g(b)),options:[["OPEN","En cours (reçus, pris en compte, en intervention)"],...Object.entries(H)]}),n(O,{label:"Catégorie",value:u,onChange:b=>pe(()=>p(b)),options:[["","Toutes"],...o.map(b=>[b.code,b.label])]}),n(O,{label:"Commune",value:f,onChange:b=>pe(()=>v(b)),options:[["","Toutes"],...s.map(b=>[b.code,b.name])]}),n(O,{label:"Reçus depuis",value:$,onChange:b=>pe(()=>C(b)),options:[["","Toujours"],["1","1 heure"],["24","24 heures"],["168","7 jours"],["720","30 jours"]]})]}),V&&n(I,{kind:"error",children:V}),N&&n(A,{children:[n("p",{class:"count","data-testid":"queue-count",children:[N.totalCount," signalement",N.totalCount>1?"s":""]}),n("table",{class:"queue",children:[n("caption",{class:"visually-hidden",children:"Signalements, les plus urgents d'abord"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Urgence"}),n("th",{scope:"col",children:"Catégorie"}),n("th",{scope:"col",children:"Commune"}),n("th",{scope:"col",children:"Reçu"}),n("th",{scope:"col",children:"Statut"})]})}),n("tbody",{children:N.nodes.map(b=>n("tr",{class:b.id===U?"selected":"","data-report":b.id,children:[n("td",{children:n("span",{class:`urgency urgency-${b.category.urgency}`,children:te[b.category.urgency]})}),n("td",{children:[n("button",{type:"button",class:"link",onClick:()=>J(b.id),"aria-pressed":b.id===U,children:b.category.label}),n("span",{class:"excerpt",children:b.description.slice(0,80)})]}),n("td",{children:b.commune.name}),n("td",{children:n("time",{dateTime:b.createdAt,children:Dn(b.createdAt)})}),n("td",{children:H[b.status]})]},b.id))})]}),N.nodes.length===0&&n("p",{class:"muted",children:"Aucun signalement ne correspond aux filtres."}),n("nav",{class:"pager","aria-label":"Pages de la file",children:[n("button",{type:"button",disabled:h.length<2,onClick:()=>q(h.slice(0,-1)),children:"Page précédente"}),n("span",{children:["Page ",h.length]}),n("button",{type:"button",disabled:!N.pageInfo.hasNextPage,onClick:()=>q([...h,N.pageInfo.endCursor]),children:"Page suivante"})]})]})]}),n(M,{title:"Carte de la file",id:"carte",children:n(we,{title:`Communes couvertes par ${t.name}`,outlines:l,points:Fn,onSelect:J})})]}),U&&n(Nn,{id:U,revision:Xe,brigades:a,onClose:()=>J(null),onChanged:()=>et(b=>b+1)})]})}function wn(e){let t=new Date(`${e}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()-(t.getUTCDay()+6)%7),t}function Mn(e,t,o){let r=new Map(e.map(a=>[a.key,a.count])),s=[],i=wn(o);for(let a=wn(t);a<=i&&s.length<530;a.setUTCDate(a.getUTCDate()+7)){let d=a.toISOString().slice(0,10);s.push({key:d,count:r.get(d)??0})}return s.length?s:e}function qn({weeks:e}){if(e.every(i=>i.count===0))return n("p",{class:"muted",children:"Aucun signalement sur la période."});let t=Math.max(...e.map(i=>i.count)),o=180,r=Math.min(48,640/e.length),s=r*e.length;return n("figure",{class:"chart","data-testid":"weekly-chart",children:[n("svg",{viewBox:`0 0 ${s} ${o+24}`,role:"img","aria-labelledby":"weekly-caption",children:e.map((i,a)=>{let d=t?Math.max(2,i.count/t*o):0;return n("g",{children:[n("rect",{x:a*r+2,y:o-d,width:Math.max(2,r-4),height:d,class:"bar",children:n("title",{children:`Semaine du ${xe(i.key)} : ${i.count}`})}),(e.length<=12||a%Math.ceil(e.length/12)===0)&&n("text",{x:a*r+r/2,y:o+16,class:"axis",children:xe(i.key)})]},i.key)})}),n("figcaption",{id:"weekly-caption",children:"Signalements par semaine (semaines commençant le lundi)."}),n("table",{class:"visually-hidden",children:[n("caption",{children:"Signalements par semaine"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Semaine du"}),n("th",{scope:"col",children:"Signalements"})]})}),n("tbody",{children:e.map(i=>n("tr",{children:[n("td",{children:xe(i.key)}),n("td",{children:i.count})]},i.key))})]})]})}var jo=_(`
  subscription CoordinatorFeed {
    myNotifications { kind }
  }
`);function Qn({me:e}){let t=e.coordinatedCommunes,[o,r]=y(t[0]?.code??""),[s,i]=y({enrolments:0,alerts:0});return E(()=>{let a=Ne({document:jo,variables:()=>({}),onData:d=>{let l=d.myNotifications.kind;l==="ENROLMENT_REQUEST"&&i(c=>({...c,enrolments:c.enrolments+1})),l==="INTERVENTION_ALERT"&&i(c=>({...c,alerts:c.alerts+1}))}});return()=>a.close()},[]),o?n("div",{class:"commune",children:[t.length>1&&n("form",{class:"filters",onSubmit:a=>a.preventDefault(),children:n(O,{label:"Commune",value:o,onChange:r,options:t.map(a=>[a.code,a.name])})}),n("div",{class:"columns",children:[n(tr,{code:o,heard:s.enrolments}),n(or,{code:o,heard:s.alerts})]}),n(ir,{code:o}),n(Zo,{code:o})]}):n(I,{kind:"info",children:"Aucune commune ne vous est rattachée : adressez-vous à la préfecture."})}var Ko=_(`
  query CommuneBilan($code: String!, $year: Int!) {
    communeBilan(communeCode: $code, year: $year) { total threshold csv }
  }
`);function Zo({code:e}){let t=new Date().getFullYear(),[o,r]=y(String(t)),[s,i]=y(null),[a,d]=y(null);E(()=>{R(Ko,{code:e,year:Number(o)}).then(g=>(i(g),d(null))).catch(g=>d(k(g)))},[e,o]);let l=s?.communeBilan,c=()=>{if(!l)return;let g=URL.createObjectURL(new Blob([l.csv],{type:"text/csv;charset=utf-8"})),u=document.createElement("a");u.href=g,u.download=`bilan-${e}-${o}.csv`,u.click(),URL.revokeObjectURL(g)},m=[0,1,2,3,4].map(g=>[String(t-g),String(t-g)]);return n(M,{title:"Bilan annuel",id:"bilan",children:[n("form",{class:"filters",onSubmit:g=>g.preventDefault(),"aria-label":"Année du bilan",children:n(O,{label:"Année",value:o,onChange:r,options:m})}),a&&n(I,{kind:"error",children:a}),l&&n(A,{children:[n("p",{class:"figures",children:n("span",{children:[n("strong",{"data-testid":"bilan-total",children:l.total??`< ${l.threshold}`})," signalements"]})}),n("p",{children:["Les nombres inférieurs à ",l.threshold," sont masqués (« < ",l.threshold," ») pour qu’aucun chiffre ne désigne un voisin."]}),n("button",{type:"button",onClick:c,children:"Télécharger le bilan (CSV)"})]})]})}var zo=_(`
  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email phone enrolmentStatus }
    }
  }
`),Yo=_(`
  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }
  }
`),Jo=_(`
  mutation SuspendResident($id: ID!, $reason: String!) {
    suspendResident(userId: $id, reason: $reason) { id }
  }
`),Xo=_(`
  mutation ReinstateResident($id: ID!) {
    reinstateResident(userId: $id) { id }
  }
`),er=_(`
  query CommuneAlerts($code: String!) {
    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }
  }
`);function tr({code:e,heard:t}){let[o,r]=y("PENDING"),s=ce(zo,i=>i.enrolmentRequests,{code:e,status:o},[e,o,t]);return n(M,{title:"Inscriptions des habitants",id:"inscriptions",children:[n("form",{class:"filters",onSubmit:i=>i.preventDefault(),children:n(O,{label:"Afficher",value:o,onChange:i=>r(i),options:Object.entries(le)})}),s.error&&n(I,{kind:"error",children:s.error}),s.total!==null&&n(A,{children:[n("p",{class:"count",children:[s.total," inscription",s.total>1?"s":""," ",le[o].toLowerCase(),s.total>1?"s":""]}),n("ul",{class:"people",children:s.nodes.map(i=>n(nr,{person:i,onChanged:s.reload},i.id))}),s.more]})]})}function nr({person:e,onChanged:t}){let[o,r]=y(""),{run:s,busy:i,feedback:a}=W(async l=>{l==="approve"||l==="reject"?await R(Yo,{id:e.id,approve:l==="approve",reason:o.trim()||null}):l==="suspend"?await R(Jo,{id:e.id,reason:o}):await R(Xo,{id:e.id}),t()}),d=e.enrolmentStatus==="PENDING";return n("li",{class:"person","data-person":e.email,children:[n("div",{children:[n("strong",{children:e.displayName})," — ",e.email,e.phone&&` — ${e.phone}`]}),(d||e.enrolmentStatus==="APPROVED")&&n(w,{label:d?"Motif (en cas de refus)":"Motif de la suspension",value:o,onInput:r}),n("div",{class:"buttons",children:[d&&n(A,{children:[n("button",{type:"button",class:"primary",disabled:i,onClick:()=>void s("approve"),children:["Approuver ",e.displayName]}),n("button",{type:"button",disabled:i,onClick:()=>void s("reject"),children:"Refuser"})]}),e.enrolmentStatus==="APPROVED"&&n("button",{type:"button",disabled:i||!o.trim(),onClick:()=>void s("suspend"),children:"Suspendre"}),e.enrolmentStatus==="SUSPENDED"&&n("button",{type:"button",disabled:i,onClick:()=>void s("reinstate"),children:"Rétablir"})]}),a]})}function or({code:e,heard:t}){let[o,r]=y(null),[s,i]=y(null);return E(()=>{R(er,{code:e}).then(a=>r(a.interventionAlerts.nodes)).catch(a=>i(k(a)))},[e,t]),n(M,{title:"Alertes d’intervention reçues",id:"alertes",children:[s&&n(I,{kind:"error",children:s}),o&&o.length===0&&n("p",{class:"muted",children:"Aucune alerte."}),n("ul",{class:"plain alerts",children:(o??[]).map(a=>n("li",{children:[n("time",{dateTime:a.createdAt,children:P(a.createdAt)})," — ",a.message,a.closedAt?n("p",{class:"muted",children:["Terminée le ",P(a.closedAt)," ",a.closingMessage&&`: ${a.closingMessage}`]}):n("p",{class:"badge",children:"En cours"})]},a.id))})]})}var rr=_(`
  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {
    communeOutlines(codes: [$code]) { code name polygons }
    communeActivity(communeCode: $code, from: $from, to: $to) {
      total
      medianSecondsToAcknowledge
      byCategory { key count }
      byStatus { key count }
      byWeek { key count }
      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }
    }
    categories { code label }
  }
`);function On(e){return new Date(Date.now()+e*864e5).toISOString().slice(0,10)}function ir({code:e}){let[t,o]=y(On(-90)),[r,s]=y(On(0)),[i,a]=y(null),[d,l]=y(null);E(()=>{let p={from:t?`${t}T00:00:00Z`:null,to:r?new Date(Date.parse(`${r}T00:00:00Z`)+864e5).toISOString():null};R(rr,{code:e,...p}).then(f=>(a(f),l(null))).catch(f=>l(k(f)))},[e,t,r]);let c=j(()=>Object.fromEntries((i?.categories??[]).map(p=>[p.code,p.label])),[i]),m=j(()=>{let p=new Map;for(let f of i?.communeActivity.reports.nodes??[]){let v=`${f.location.latitude},${f.location.longitude}`,$=p.get(v)??{...f.location,count:0};$.count+=1,p.set(v,$)}return[...p.entries()].map(([f,v])=>({id:f,latitude:v.latitude,longitude:v.longitude,weight:v.count,label:`${v.count} signalement${v.count>1?"s":""} dans ce carré d’environ 200 m`}))},[i]),g=i?.communeActivity,u=i?.communeOutlines??[];return n(M,{title:"Activité de la commune",id:"activite",children:[n("form",{class:"filters",onSubmit:p=>p.preventDefault(),"aria-label":"Période",children:[n(w,{label:"Du",type:"date",value:t,onInput:o}),n(w,{label:"Au",type:"date",value:r,onInput:s})]}),d&&n(I,{kind:"error",children:d}),g&&n("div",{class:"columns",children:[n("div",{children:[n("p",{class:"figures",children:[n("span",{children:[n("strong",{"data-testid":"activity-total",children:g.total})," signalements"]}),n("span",{children:["Délai médian de prise en compte : ",n("strong",{children:An(g.medianSecondsToAcknowledge)})]})]}),n(qn,{weeks:Mn(g.byWeek,t||g.byWeek[0]?.key||r,r)}),n("div",{class:"columns",children:[n(Pn,{title:"Par catégorie",rows:g.byCategory,label:p=>c[p]??p}),n(Pn,{title:"Par statut",rows:g.byStatus,label:hn})]})]}),n(we,{title:"Signalements de la période, par carré d’environ 200 m (sans signalant)",outlines:u,points:m,grid:!0})]})]})}function Pn({title:e,rows:t,label:o}){return n("table",{class:"counts",children:[n("caption",{children:e}),n("tbody",{children:t.map(r=>n("tr",{children:[n("th",{scope:"row",children:o(r.key)}),n("td",{children:r.count})]},r.key))})]})}var sr=_(`
  mutation SetTotp($code: String) {
    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }
  }
`);function Bn({onEnabled:e}){let[t,o]=y(null),[r,s]=y(""),[i,a]=y(null),[d,l]=y(!1),[c,m]=y(!1),g=async u=>{m(!0),a(null);try{let p=await R(sr,{code:u});o(p.setTotp),p.setTotp.enabled&&e(),s("")}catch(p){p instanceof B&&p.code==="CONFLICT"?l(!0):a(k(p))}finally{m(!1)}};return n(M,{title:"Double authentification",id:"securite",children:[d&&n(I,{kind:"info",children:"La double authentification est déjà activée sur ce compte. Pour changer d’application, demandez sa réinitialisation à la préfecture."}),!t&&!d&&n(A,{children:[n("p",{children:"Protégez votre compte : à chaque connexion, un code de votre application d’authentification vous sera demandé en plus du mot de passe."}),n("button",{type:"button",disabled:c,onClick:()=>void g(null),children:"Activer la double authentification"})]}),t&&!t.enabled&&n("form",{"aria-label":"Confirmer la double authentification",onSubmit:u=>{u.preventDefault(),g(r.trim())},children:[n("p",{children:"Scannez ce code avec votre application d’authentification, puis saisissez le code qu’elle affiche."}),t.qrSvg&&n("img",{class:"qr",width:"200",height:"200",alt:"Code QR de l’application d’authentification",src:`data:image/svg+xml;charset=utf-8,${encodeURIComponent(t.qrSvg)}`}),t.secret&&n("p",{children:["Ou saisissez la clé à la main : ",n("code",{children:t.secret})]}),n(w,{label:"Code à 6 chiffres",autocomplete:"one-time-code",value:r,onInput:s,required:!0}),n("button",{type:"submit",class:"primary",disabled:c,children:"Confirmer"})]}),t?.enabled&&n(A,{children:[n(I,{kind:"success",children:"Double authentification activée."}),n("p",{children:"Codes de secours, chacun utilisable une fois si vous perdez votre téléphone. Conservez-les en lieu sûr : ils ne seront plus affichés."}),n("ul",{class:"plain recovery",children:(t.recoveryCodes??[]).map(u=>n("li",{children:n("code",{children:u})},u))})]}),i&&n(I,{kind:"error",children:i})]})}var ar=["BRIGADE_STAFF","COORDINATOR","ADMIN"];function ur(){let[e,t]=y(void 0),[o,r]=y(null),[s,i]=y(0);E(()=>{let d=gn(l=>l===null&&t(null));return ue().then(a),d},[]);let a=async d=>{if(d&&!ar.includes(d.role)){await Te(),r("Les consoles sont réservées aux brigades, aux coordinateurs communaux et à la préfecture. Les habitants utilisent l’application mobile Vigie."),t(null);return}Rn(d?.brigade?.timeZone??d?.coordinatedCommunes[0]?.timeZone),t(d)};return E(()=>{document.title=e?`${Je(e)} — Vigie`:"Connexion — Vigie"},[e]),e===void 0?n("p",{class:"loading",children:"Chargement…"}):e===null?n(lr,{refused:o,onSignedIn:d=>void a(d)}):n(A,{children:[n("a",{class:"skip",href:"#contenu",children:"Aller au contenu"}),n("header",{class:"top",children:[n("div",{class:"brand",children:[n("img",{src:"/console/assets/vigie.svg",alt:"",width:"28",height:"28"}),n("span",{children:"Vigie"}),n("span",{class:"muted",children:Je(e)})]}),n("div",{class:"who",children:[n("span",{children:[e.displayName," — ",ee[e.role]]}),n("button",{type:"button",onClick:()=>void Te(),children:"Se déconnecter"}),n("button",{type:"button",onClick:()=>void Te(!0),children:"Se déconnecter partout"})]})]}),n("main",{id:"contenu",tabIndex:-1,children:[n("h1",{children:Je(e)}),n("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),n("div",{children:[e.role==="BRIGADE_STAFF"&&e.brigade&&n(kn,{me:e}),e.role==="COORDINATOR"&&n(Qn,{me:e}),e.role==="ADMIN"&&n(Cn,{me:e})]},s),n(Bn,{onEnabled:()=>i(d=>d+1)})]})]})}function Je(e){return e.role==="BRIGADE_STAFF"?`Console de brigade — ${e.brigade?.name??""}`:e.role==="COORDINATOR"?`Console communale — ${e.coordinatedCommunes.map(t=>t.name).join(", ")}`:"Administration"}function lr({refused:e,onSignedIn:t}){let[o,r]=y(""),[s,i]=y(""),[a,d]=y(""),[l,c]=y(!1),[m,g]=y(null),[u,p]=y(!1);return n("main",{class:"sign-in",id:"contenu",children:[n("img",{src:"/console/assets/vigie.svg",alt:"",width:"56",height:"56"}),n("h1",{children:"Vigie — consoles de la participation citoyenne"}),n("p",{children:"Brigades, coordinateurs communaux et préfecture : connectez-vous avec votre compte Vigie."}),e&&n(I,{kind:"error",children:e}),n("form",{onSubmit:async v=>{v.preventDefault(),p(!0),g(null);try{t(await _n(o.trim(),s,l?a.trim():null))}catch($){$ instanceof B&&$.code==="TOTP_REQUIRED"?c(!0):g(k($))}finally{p(!1)}},"aria-label":"Connexion",children:[n("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),n(w,{label:"Adresse électronique",type:"email",autocomplete:"username",value:o,onInput:r,required:!0}),n(w,{label:"Mot de passe",type:"password",autocomplete:"current-password",value:s,onInput:i,required:!0}),l&&n(w,{label:"Code de vérification",hint:"Le code à 6 chiffres de votre application d’authentification, ou un code de secours.",autocomplete:"one-time-code",value:a,onInput:d,required:!0}),m&&n(I,{kind:"error",children:m}),n("button",{type:"submit",class:"primary",disabled:u,children:"Se connecter"})]})]})}var Vn=document.getElementById("app");Vn&&ht(n(ur,{}),Vn);})();
