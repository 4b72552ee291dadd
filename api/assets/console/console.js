"use strict";(()=>{var ve,E,mt,ao,J,ut,pt,gt,Qe,be,ae,yt,Ve,Fe,Be,so,Se={},$e=[],uo=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ae=Array.isArray;function Z(e,n){for(var o in n)e[o]=n[o];return e}function Ue(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function lo(e,n,o){var r,a,i,s={};for(i in n)i=="key"?r=n[i]:i=="ref"?a=n[i]:s[i]=n[i];if(arguments.length>2&&(s.children=arguments.length>3?ve.call(arguments,2):o),typeof e=="function"&&e.defaultProps!=null)for(i in e.defaultProps)s[i]===void 0&&(s[i]=e.defaultProps[i]);return _e(e,s,r,a,null)}function _e(e,n,o,r,a){var i={type:e,props:n,key:o,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++mt,__i:-1,__u:0};return a==null&&E.vnode!=null&&E.vnode(i),i}function N(e){return e.children}function he(e,n){this.props=e,this.context=n}function ee(e,n){if(n==null)return e.__?ee(e.__,e.__i+1):null;for(var o;n<e.__k.length;n++)if((o=e.__k[n])!=null&&o.__e!=null)return o.__e;return typeof e.type=="function"?ee(e):null}function co(e){if(e.__P&&e.__d){var n=e.__v,o=n.__e,r=[],a=[],i=Z({},n);i.__v=n.__v+1,E.vnode&&E.vnode(i),Le(e.__P,i,n,e.__n,e.__P.namespaceURI,32&n.__u?[o]:null,r,o??ee(n),!!(32&n.__u),a),i.__v=n.__v,i.__.__k[i.__i]=i,St(r,i,a),n.__e=n.__=null,i.__e!=o&&ft(i)}}function ft(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),ft(e)}function lt(e){(!e.__d&&(e.__d=!0)&&J.push(e)&&!De.__r++||ut!=E.debounceRendering)&&((ut=E.debounceRendering)||pt)(De)}function De(){try{for(var e,n=1;J.length;)J.length>n&&J.sort(gt),e=J.shift(),n=J.length,co(e)}finally{J.length=De.__r=0}}function bt(e,n,o,r,a,i,s,d,u,c,m){var y,l,p,f,v,h,_=r&&r.__k||$e,$=n.length;for(u=mo(o,n,_,u,$),y=0;y<$;y++)(p=o.__k[y])!=null&&(l=p.__i!=-1&&_[p.__i]||Se,p.__i=y,h=Le(e,p,l,a,i,s,d,u,c,m),f=p.__e,p.ref&&l.ref!=p.ref&&(l.ref&&Ge(l.ref,null,p),m.push(p.ref,p.__c||f,p)),v==null&&f!=null&&(v=f),4&p.__u?(u=_t(p,u,e),l.__e&&(l.__e=null)):typeof p.type=="function"&&h!==void 0?u=h:f&&(u=f.nextSibling),p.__u&=-7);return o.__e=v,u}function mo(e,n,o,r,a){var i,s,d,u,c,m=o.length,y=m,l=0;for(e.__k=new Array(a),i=0;i<a;i++)(s=n[i])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s=="string"||typeof s=="number"||typeof s=="bigint"||s.constructor==String?s=e.__k[i]=_e(null,s,null,null,null):Ae(s)?s=e.__k[i]=_e(N,{children:s},null,null,null):s.constructor===void 0&&s.__b>0?s=e.__k[i]=_e(s.type,s.props,s.key,s.ref?s.ref:null,s.__v):e.__k[i]=s,u=i+l,s.__=e,s.__b=e.__b+1,d=null,(c=s.__i=po(s,o,u,y))!=-1&&(y--,(d=o[c])&&(d.__u|=2)),d==null||d.__v==null?(c==-1&&(a>m?l--:a<m&&l++),typeof s.type!="function"&&(s.__u|=4)):c!=u&&(c==u-1?l--:c==u+1?l++:(c>u?l--:l++,s.__u|=4))):e.__k[i]=null;if(y)for(i=0;i<m;i++)(d=o[i])!=null&&(2&d.__u)==0&&(d.__e==r&&(r=ee(d)),Dt(d,d));return r}function _t(e,n,o){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,n=_t(r[a],n,o));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=ee(e)),n=o.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function po(e,n,o,r){var a,i,s,d=e.key,u=e.type,c=n[o],m=c!=null&&(2&c.__u)==0;if(c===null&&d==null||m&&d==c.key&&u==c.type)return o;if(r>(m?1:0)){for(a=o-1,i=o+1;a>=0||i<n.length;)if((c=n[s=a>=0?a--:i++])!=null&&(2&c.__u)==0&&d==c.key&&u==c.type)return s}return-1}function dt(e,n,o){n[0]=="-"?e.setProperty(n,o??""):e[n]=o==null?"":typeof o!="number"||uo.test(n)?o:o+"px"}function fe(e,n,o,r,a){var i,s;e:if(n=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(n in r)o&&n in o||dt(e.style,n,"");if(o)for(n in o)r&&o[n]==r[n]||dt(e.style,n,o[n])}else if(n[0]=="o"&&n[1]=="n")i=n!=(n=n.replace(yt,"$1")),s=n.toLowerCase(),n=s in e||n=="onFocusOut"||n=="onFocusIn"?s.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+i]=o,o?r?o[ae]=r[ae]:(o[ae]=Ve,e.addEventListener(n,i?Be:Fe,i)):e.removeEventListener(n,i?Be:Fe,i);else{if(a=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=o??"";break e}catch{}typeof o=="function"||(o==null||o===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&o==1?"":o))}}function ct(e){return function(n){if(this.l){var o=this.l[n.type+e];if(n[be]==null)n[be]=Ve++;else if(n[be]<o[ae])return;return o(E.event?E.event(n):n)}}}function Le(e,n,o,r,a,i,s,d,u,c){var m,y,l,p,f,v,h,_,$,q,O,V,P,W,K,X,B=n.type;if(n.constructor!==void 0)return null;128&o.__u&&(u=!!(32&o.__u),i=[d=n.__e=o.__e]),(m=E.__b)&&m(n);e:if(typeof B=="function"){y=s.length;try{if($=n.props,q=B.prototype&&B.prototype.render,O=(m=B.contextType)&&r[m.__c],V=m?O?O.props.value:m.__:r,o.__c?_=(l=n.__c=o.__c).__=l.__E:(q?n.__c=l=new B($,V):(n.__c=l=new he($,V),l.constructor=B,l.render=yo),O&&O.sub(l),l.state||(l.state={}),l.__n=r,p=l.__d=!0,l.__h=[],l._sb=[]),q&&l.__s==null&&(l.__s=l.state),q&&B.getDerivedStateFromProps!=null&&(l.__s==l.state&&(l.__s=Z({},l.__s)),Z(l.__s,B.getDerivedStateFromProps($,l.__s))),f=l.props,v=l.state,l.__v=n,p)q&&B.getDerivedStateFromProps==null&&l.componentWillMount!=null&&l.componentWillMount(),q&&l.componentDidMount!=null&&l.__h.push(l.componentDidMount);else{if(q&&B.getDerivedStateFromProps==null&&$!==f&&l.componentWillReceiveProps!=null&&l.componentWillReceiveProps($,V),n.__v==o.__v||!l.__e&&l.shouldComponentUpdate!=null&&l.shouldComponentUpdate($,l.__s,V)===!1){n.__v!=o.__v&&(l.props=$,l.state=l.__s,l.__d=!1),n.__e=o.__e,n.__k=o.__k,n.__k.some(function(H){H&&(H.__=n)}),$e.push.apply(l.__h,l._sb),l._sb=[],l.__h.length&&s.push(l),d=ee(o);break e}l.componentWillUpdate!=null&&l.componentWillUpdate($,l.__s,V),q&&l.componentDidUpdate!=null&&l.__h.push(function(){l.componentDidUpdate(f,v,h)})}if(l.context=V,l.props=$,l.__P=e,l.__e=!1,P=E.__r,W=0,q)l.state=l.__s,l.__d=!1,P&&P(n),m=l.render(l.props,l.state,l.context),$e.push.apply(l.__h,l._sb),l._sb=[];else do l.__d=!1,P&&P(n),m=l.render(l.props,l.state,l.context),l.state=l.__s;while(l.__d&&++W<25);l.state=l.__s,l.getChildContext!=null&&(r=Z(Z({},r),l.getChildContext())),q&&!p&&l.getSnapshotBeforeUpdate!=null&&(h=l.getSnapshotBeforeUpdate(f,v)),K=m!=null&&m.type===N&&m.key==null?$t(m.props.children):m,d=bt(e,Ae(K)?K:[K],n,o,r,a,i,s,d,u,c),l.base=n.__e,n.__u&=-161,l.__h.length&&s.push(l),_&&(l.__E=l.__=null)}catch(H){if(s.length=y,n.__v=null,u||i!=null){if(H.then){for(n.__u|=u?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;i!=null&&(i[i.indexOf(d)]=null),n.__e=d}else if(i!=null)for(X=i.length;X--;)Ue(i[X])}else n.__e=o.__e;n.__k==null&&(n.__k=o.__k||[]),H.then||ht(n),E.__e(H,n,o)}}else i==null&&n.__v==o.__v?(n.__k=o.__k,n.__e=o.__e):d=n.__e=go(o.__e,n,o,r,a,i,s,u,c);return(m=E.diffed)&&m(n),128&n.__u?void 0:d}function ht(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(ht))}function St(e,n,o){for(var r=0;r<o.length;r++)Ge(o[r],o[++r],o[++r]);E.__c&&E.__c(n,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(i){i.call(a)})}catch(i){E.__e(i,a.__v)}})}function $t(e){return typeof e!="object"||e==null||e.__b>0?e:Ae(e)?e.map($t):e.constructor!==void 0?null:Z({},e)}function go(e,n,o,r,a,i,s,d,u){var c,m,y,l,p,f,v,h=o.props||Se,_=n.props,$=n.type;if($=="svg"?a="http://www.w3.org/2000/svg":$=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),i!=null){for(c=0;c<i.length;c++)if((p=i[c])&&"setAttribute"in p==!!$&&($?p.localName==$:p.nodeType==3)){e=p,i[c]=null;break}}if(e==null){if($==null)return document.createTextNode(_);e=document.createElementNS(a,$,_.is&&_),d&&(E.__m&&E.__m(n,i),d=!1),i=null}if($==null)h===_||d&&e.data==_||(e.data=_);else{if(i=$=="textarea"&&_.defaultValue!=null?null:i&&ve.call(e.childNodes),!d&&i!=null)for(h={},c=0;c<e.attributes.length;c++)h[(p=e.attributes[c]).name]=p.value;for(c in h)p=h[c],c=="dangerouslySetInnerHTML"?y=p:c=="children"||c in _||c=="value"&&"defaultValue"in _||c=="checked"&&"defaultChecked"in _||fe(e,c,null,p,a);for(c in _)p=_[c],c=="children"?l=p:c=="dangerouslySetInnerHTML"?m=p:c=="value"?f=p:c=="checked"?v=p:d&&typeof p!="function"||h[c]===p||fe(e,c,p,h[c],a);if(m)d||y&&(m.__html==y.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),n.__k=[];else if(y&&(e.innerHTML=""),bt(n.type=="template"?e.content:e,Ae(l)?l:[l],n,o,r,$=="foreignObject"?"http://www.w3.org/1999/xhtml":a,i,s,i?i[0]:o.__k&&ee(o,0),d,u),i!=null)for(c=i.length;c--;)Ue(i[c]);d&&$!="textarea"||(c="value",$=="progress"&&f==null?e.removeAttribute("value"):f!=null&&(f!==e[c]||$=="progress"&&!f||$=="option"&&f!=h[c])&&fe(e,c,f,h[c],a),c="checked",v!=null&&v!=e[c]&&fe(e,c,v,h[c],a))}return e}function Ge(e,n,o){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&n==null||(e.__u=e(n))}else e.current=n}catch(a){E.__e(a,o)}}function Dt(e,n,o){var r,a;if(E.unmount&&E.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||Ge(r,null,n)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(i){E.__e(i,n)}r.base=r.__P=r.__n=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&Dt(r[a],n,o||typeof e.type!="function");o||Ue(e.__e),e.__c=e.__=e.__e=void 0}function yo(e,n,o){return this.constructor(e,o)}function vt(e,n,o){var r,a,i,s;n==document&&(n=document.documentElement),E.__&&E.__(e,n),a=(r=typeof o=="function")?null:o&&o.__k||n.__k,i=[],s=[],Le(n,e=(!r&&o||n).__k=lo(N,null,[e]),a||Se,Se,n.namespaceURI,!r&&o?[o]:a?null:n.firstChild?ve.call(n.childNodes):null,i,!r&&o?o:a?a.__e:n.firstChild,r,s),St(i,e,s),e.props.children=null}ve=$e.slice,E={__e:function(e,n,o,r){for(var a,i,s;n=n.__;)if((a=n.__c)&&!a.__)try{if((i=a.constructor)&&i.getDerivedStateFromError!=null&&(a.setState(i.getDerivedStateFromError(e)),s=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),s=a.__d),s)return a.__E=a}catch(d){e=d}throw e}},mt=0,ao=function(e){return e!=null&&e.constructor===void 0},he.prototype.setState=function(e,n){var o;o=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Z({},this.state),typeof e=="function"&&(e=e(Z({},o),this.props)),e&&Z(o,e),e!=null&&this.__v&&(n&&this._sb.push(n),lt(this))},he.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),lt(this))},he.prototype.render=N,J=[],pt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,gt=function(e,n){return e.__v.__b-n.__v.__b},De.__r=0,Qe=Math.random().toString(8),be="__d"+Qe,ae="__a"+Qe,yt=/(PointerCapture)$|Capture$/i,Ve=0,Fe=ct(!1),Be=ct(!0),so=0;var se,k,We,At,ue=0,kt=[],M=E,Rt=M.__b,Et=M.__r,Ct=M.diffed,It=M.__c,Nt=M.unmount,xt=M.__;function Ke(e,n){M.__h&&M.__h(k,e,ue||n),ue=0;var o=k.__H||(k.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function g(e){return ue=1,fo(qt,e)}function fo(e,n,o){var r=Ke(se++,2);if(r.t=e,!r.__c&&(r.__=[o?o(n):qt(void 0,n),function(d){var u=r.__N?r.__N[0]:r.__[0],c=r.t(u,d);u!==c&&(r.__N=[c,r.__[1]],r.__c.setState({}))}],r.__c=k,!k.__f)){var a=function(d,u,c){if(!r.__c.__H)return!0;var m=!1,y=r.__c.props!==d;if(r.__c.__H.__.some(function(p){if(p.__N){m=!0;var f=p.__[0];p.__=p.__N,p.__N=void 0,f!==p.__[0]&&(y=!0)}}),i){var l=i.call(this,d,u,c);return m?l||y:l}return!m||y};k.__f=!0;var i=k.shouldComponentUpdate,s=k.componentWillUpdate;k.componentWillUpdate=function(d,u,c){if(this.__e){var m=i;i=void 0,a(d,u,c),i=m}s&&s.call(this,d,u,c)},k.shouldComponentUpdate=a}return r.__N||r.__}function R(e,n){var o=Ke(se++,3);!M.__s&&wt(o.__H,n)&&(o.__=e,o.u=n,k.__H.__h.push(o))}function Ee(e){return ue=5,L(function(){return{current:e}},[])}function L(e,n){var o=Ke(se++,7);return wt(o.__H,n)&&(o.__=e(),o.__H=n,o.__h=e),o.__}function Ce(e,n){return ue=8,L(function(){return e},n)}function bo(){for(var e;e=kt.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(Re),n.__h.some(He),n.__h=[]}catch(o){n.__h=[],M.__e(o,e.__v)}}}M.__b=function(e){k=null,Rt&&Rt(e)},M.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),xt&&xt(e,n)},M.__r=function(e){Et&&Et(e),se=0;var n=(k=e.__c).__H;n&&(We===k?(n.__h=[],k.__h=[],n.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})):(n.__h.some(Re),n.__h.some(He),n.__h=[],se=0)),We=k},M.diffed=function(e){Ct&&Ct(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(kt.push(n)!==1&&At===M.requestAnimationFrame||((At=M.requestAnimationFrame)||_o)(bo)),n.__H.__.some(function(o){o.u&&(o.__H=o.u,o.u=void 0)})),We=k=null},M.__c=function(e,n){n.some(function(o){try{o.__h.some(Re),o.__h=o.__h.filter(function(r){return!r.__||He(r)})}catch(r){n.some(function(a){a.__h&&(a.__h=[])}),n=[],M.__e(r,o.__v)}}),It&&It(e,n)},M.unmount=function(e){Nt&&Nt(e);var n,o=e.__c;o&&o.__H&&(o.__H.__.some(function(r){try{Re(r)}catch(a){n=a}}),o.__H=void 0,n&&M.__e(n,o.__v))};var Tt=typeof requestAnimationFrame=="function";function _o(e){var n,o=function(){clearTimeout(r),Tt&&cancelAnimationFrame(n),setTimeout(e)},r=setTimeout(o,35);Tt&&(n=requestAnimationFrame(o))}function Re(e){var n=k,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),k=n}function He(e){var n=k;e.__c=e.__(),k=n}function wt(e,n){return!e||e.length!==n.length||n.some(function(o,r){return o!==e[r]})}function qt(e,n){return typeof n=="function"?n(e):n}var D=class extends String{__apiType;value;__meta__;constructor(n,o){super(n),this.value=n,this.__meta__=o}toString(){return this.value}},Mt=new D(`
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
    `,{fragmentName:"Me"}),Ot=new D(`
    query AbuseFlags($code: String!) {
  abuseFlags(communeCode: $code, status: OPEN, first: 50) {
    totalCount
    nodes {
      id
      reason
      createdAt
      resident {
        displayName
        email
      }
      brigade {
        name
      }
    }
  }
}
    `),Pt=new D(`
    mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
  decideAbuseFlag(id: $id, suspend: $suspend, note: $note) {
    id
    status
  }
}
    `),Qt=new D(`
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
    `),Ft=new D(`
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
    `),Bt=new D(`
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
    `),Vt=new D(`
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
    `),Ut=new D(`
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
    `),Lt=new D(`
    mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
  setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) {
    code
  }
}
    `),Gt=new D(`
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
    `),Wt=new D(`
    mutation EnableAccount($id: ID!) {
  enableAccount(userId: $id) {
    id
  }
}
    `),Ht=new D(`
    mutation DisableAccount($id: ID!) {
  disableAccount(userId: $id, reason: "Désactivé depuis la console") {
    id
  }
}
    `),Kt=new D(`
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
    `),Zt=new D(`
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
}`),jt=new D(`
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
}`),Yt=new D(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `),zt=new D(`
    mutation EndSession {
  endSession
}
    `),Jt=new D(`
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
      priority
      overdue
      assignee {
        displayName
      }
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
    `),Xt=new D(`
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
    `),en=new D(`
    query QueueOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),tn=new D(`
    subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
  brigadeQueueEvents(brigadeId: $brigade, after: $after) {
    id
    reportId
    kind
    status
  }
}
    `),nn=new D(`
    subscription CoordinatorFeed {
  myNotifications {
    kind
  }
}
    `),on=new D(`
    query CommuneBilan($code: String!, $year: Int!) {
  communeBilan(communeCode: $code, year: $year) {
    total
    threshold
    csv
  }
}
    `),rn=new D(`
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
    `),an=new D(`
    mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
  decideEnrolment(userId: $id, approve: $approve, reason: $reason) {
    id
  }
}
    `),sn=new D(`
    mutation SuspendResident($id: ID!, $reason: String!) {
  suspendResident(userId: $id, reason: $reason) {
    id
  }
}
    `),un=new D(`
    mutation ReinstateResident($id: ID!) {
  reinstateResident(userId: $id) {
    id
  }
}
    `),ln=new D(`
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
    `),dn=new D(`
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
    `),cn=new D(`
    query DepartementChoices {
  brigades {
    departement
  }
}
    `),mn=new D(`
    query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
  departementActivity(departement: $departement, from: $from, to: $to) {
    total
    communes {
      code
      name
      participating
      total
      open
    }
    byWeek {
      key
      count
    }
    brigades {
      brigade {
        code
        name
      }
      total
      acknowledged
      medianSecondsToAcknowledge
      overdue
      overdueShare
    }
    cells {
      latitude
      longitude
      count
    }
  }
}
    `),pn=new D(`
    query DepartementOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),gn=new D(`
    query ReportDetail($id: ID!) {
  report(id: $id) {
    id
    status
    description
    observedAt
    createdAt
    routingRule
    accuracyMeters
    priority
    acknowledgeBy
    overdue
    assignee {
      id
      displayName
    }
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
    `),yn=new D(`
    mutation SetTotp($code: String) {
  setTotp(code: $code) {
    uri
    qrSvg
    secret
    enabled
    recoveryCodes
  }
}
    `),fn=new D(`
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
    `),bn=new D(`
    mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
  addReportNote(
    reportId: $id
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
  }
}
    `),_n=new D(`
    mutation MarkDuplicate($id: ID!, $of: ID!) {
  markDuplicate(reportId: $id, duplicateOf: $of) {
    id
    status
  }
}
    `),hn=new D(`
    mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
  rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) {
    id
  }
}
    `),Sn=new D(`
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
    `),$n=new D(`
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
    `),Dn=new D(`
    mutation CloseInterventionAlert($id: ID!, $message: String!) {
  closeInterventionAlert(id: $id, message: $message) {
    id
    closedAt
  }
}
    `),vn=new D(`
    query BrigadeStaff {
  brigadeStaff {
    id
    displayName
    rank
    commander
  }
}
    `),An=new D(`
    mutation AssignReport($id: ID!, $user: ID) {
  assignReport(reportId: $id, userId: $user) {
    id
    assignee {
      id
      displayName
    }
  }
}
    `),Rn=new D(`
    mutation FlagReporterAbuse($id: ID!, $reason: String!) {
  flagReporterAbuse(reportId: $id, reason: $reason) {
    id
    status
  }
}
    `),En=new D(`
    mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
  setReportPriority(reportId: $id, priority: $priority, reason: $reason) {
    id
    priority
  }
}
    `);var So={"\n  query AbuseFlags($code: String!) {\n    abuseFlags(communeCode: $code, status: OPEN, first: 50) {\n      totalCount\n      nodes { id reason createdAt resident { displayName email } brigade { name } }\n    }\n  }\n":Ot,"\n  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {\n    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }\n  }\n":Pt,"\n  query AdminCommunes {\n    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }\n  }\n":Qt,"\n  query AdminBrigades {\n    brigades { id code name kind phone communes { code } }\n  }\n":Ft,"\n  query AdminCategories {\n    categories { code label urgency order active diversion }\n  }\n":Bt,"\n  query RoutingSetup {\n    communes(participating: true) { code name brigade { name } }\n    categories { code label }\n    brigades { id name }\n  }\n":Vt,"\n  query RoutingRules($c: String!) {\n    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }\n  }\n":Ut,"\n  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {\n    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }\n  }\n":Lt,"\n  query Accounts($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }\n    }\n  }\n":Gt,"\n  mutation EnableAccount($id: ID!) {\n    enableAccount(userId: $id) { id }\n  }\n":Wt,'\n  mutation DisableAccount($id: ID!) {\n    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }\n  }\n':Ht,"\n  query Audit($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at kind targetType targetId actor { displayName } }\n    }\n  }\n":Kt,"\n  fragment Me on User {\n    id\n    displayName\n    email\n    role\n    rank\n    brigade { id code name departement timeZone }\n    coordinatedCommunes { code name timeZone }\n  }\n":Mt,"\n  mutation ResumeSession {\n    resumeSession { accessToken expiresIn user { ...Me } }\n  }\n":Zt,"\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }\n  }\n":jt,"\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n":Yt,"\n  mutation EndSession {\n    endSession\n  }\n":zt,"\n  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {\n    brigadeQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status description createdAt priority overdue assignee { displayName } category { code label urgency } commune { code name } location { latitude longitude } }\n    }\n  }\n":Jt,"\n  query BrigadeSetup {\n    categories { code label }\n    me { brigade { communes { code name } } }\n    brigadeTo: brigades { id code name }\n  }\n":Xt,"\n  query QueueOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":en,"\n  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {\n    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }\n  }\n":tn,"\n  subscription CoordinatorFeed {\n    myNotifications { kind }\n  }\n":nn,"\n  query CommuneBilan($code: String!, $year: Int!) {\n    communeBilan(communeCode: $code, year: $year) { total threshold csv }\n  }\n":on,"\n  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {\n    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email phone enrolmentStatus }\n    }\n  }\n":rn,"\n  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {\n    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }\n  }\n":an,"\n  mutation SuspendResident($id: ID!, $reason: String!) {\n    suspendResident(userId: $id, reason: $reason) { id }\n  }\n":sn,"\n  mutation ReinstateResident($id: ID!) {\n    reinstateResident(userId: $id) { id }\n  }\n":un,"\n  query CommuneAlerts($code: String!) {\n    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }\n  }\n":ln,"\n  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {\n    communeOutlines(codes: [$code]) { code name polygons }\n    communeActivity(communeCode: $code, from: $from, to: $to) {\n      total\n      medianSecondsToAcknowledge\n      byCategory { key count }\n      byStatus { key count }\n      byWeek { key count }\n      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }\n    }\n    categories { code label }\n  }\n":dn,"\n  query DepartementChoices {\n    brigades { departement }\n  }\n":cn,"\n  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {\n    departementActivity(departement: $departement, from: $from, to: $to) {\n      total\n      communes { code name participating total open }\n      byWeek { key count }\n      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }\n      cells { latitude longitude count }\n    }\n  }\n":mn,"\n  query DepartementOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":pn,"\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue\n      assignee { id displayName }\n      category { code label urgency }\n      commune { code name }\n      brigade { id name }\n      location { latitude longitude }\n      photos { id url }\n      reporter { displayName email phone }\n      duplicateOf { id }\n      events { id kind status publicNote internalNote actorRole at }\n      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }\n    }\n  }\n":gn,"\n  mutation SetTotp($code: String) {\n    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }\n  }\n":yn,"\n  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {\n    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }\n  }\n":fn,"\n  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {\n    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }\n  }\n":bn,"\n  mutation MarkDuplicate($id: ID!, $of: ID!) {\n    markDuplicate(reportId: $id, duplicateOf: $of) { id status }\n  }\n":_n,"\n  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {\n    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }\n  }\n":hn,"\n  query ReportAlerts($commune: String!) {\n    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }\n  }\n":Sn,"\n  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {\n    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }\n  }\n":$n,"\n  mutation CloseInterventionAlert($id: ID!, $message: String!) {\n    closeInterventionAlert(id: $id, message: $message) { id closedAt }\n  }\n":Dn,"\n  query BrigadeStaff {\n    brigadeStaff { id displayName rank commander }\n  }\n":vn,"\n  mutation AssignReport($id: ID!, $user: ID) {\n    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }\n  }\n":An,"\n  mutation FlagReporterAbuse($id: ID!, $reason: String!) {\n    flagReporterAbuse(reportId: $id, reason: $reason) { id status }\n  }\n":Rn,"\n  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {\n    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }\n  }\n":En};function S(e){return So[e]??{}}var U=class extends Error{constructor(o,r,a=null){super(o);this.code=r;this.field=a}};S(`
  fragment Me on User {
    id
    displayName
    email
    role
    rank
    brigade { id code name departement timeZone }
    coordinatedCommunes { code name timeZone }
  }
`);var $o=S(`
  mutation ResumeSession {
    resumeSession { accessToken expiresIn user { ...Me } }
  }
`),Do=S(`
  mutation Login($email: String!, $password: String!, $totpCode: String) {
    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }
  }
`),vo=S(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`),Ao=S(`
  mutation EndSession {
    endSession
  }
`),j=null,Ne=0,Ze=null,je=new Set;function Cn(e){return je.add(e),()=>je.delete(e)}function In(e){return j=e.accessToken,Ne=Date.now()+e.expiresIn*1e3,e.user}function Nn(){j=null,Ne=0,je.forEach(e=>e(null))}async function xn(){return j&&Date.now()>Ne-3e4&&await de(),j}async function le(e,n){let o={"content-type":"application/json"};j&&(o.authorization=`Bearer ${j}`);let r;try{r=await fetch("/graphql",{method:"POST",headers:o,credentials:"same-origin",body:JSON.stringify({query:e.toString(),variables:n})})}catch{throw new U("Le serveur est injoignable. Vérifiez la connexion puis réessayez.","NETWORK")}try{return await r.json()}catch{throw new U(`Réponse illisible du serveur (HTTP ${r.status}).`,"INTERNAL")}}function Ie(e){let n=e?.errors?.[0];return n?new U(n.message??"Erreur",n.extensions?.code??"INTERNAL",n.extensions?.field??null):null}async function A(e,...[n]){j&&Date.now()>Ne-3e4&&await de();let o=n??{},r=await le(e,o),a=Ie(r);if(a?.code==="UNAUTHENTICATED"&&j&&await de()&&(r=await le(e,o),a=Ie(r)),a)throw a.code==="UNAUTHENTICATED"&&Nn(),a;if(!r.data)throw new U("Réponse vide du serveur.","INTERNAL");return r.data}function de(){return Ze??=(async()=>{try{let e=await le($o,{});return Ie(e)||!e.data?(j=null,null):In(e.data.resumeSession)}catch{return null}finally{Ze=null}})(),Ze}async function Tn(e,n,o=null){let r=await le(Do,{email:e,password:n,totpCode:o}),a=Ie(r);if(a)throw a;if(!r.data)throw new U("Réponse vide du serveur.","INTERNAL");return In(r.data.login)}async function xe(e=!1){try{e?await A(vo):await le(Ao,{})}finally{Nn()}}var G={SUBMITTED:"Reçu",ACKNOWLEDGED:"Pris en compte",IN_PROGRESS:"Intervention en cours",RESOLVED:"Traité",REJECTED:"Classé sans suite",DUPLICATE:"Doublon",WITHDRAWN:"Retiré"};function kn(e){return Object.hasOwn(G,e)?G[e]:e}var wn=["SUBMITTED","ACKNOWLEDGED","IN_PROGRESS"],qn={FILED:"Signalement déposé",STATUS_CHANGED:"Statut modifié",NOTE:"Réponse au signalant",INTERNAL_NOTE:"Note interne",COMMENT:"Précision du signalant",PHOTOS_ADDED:"Photos ajoutées",REROUTED:"Transmis à une autre unité",DUPLICATE_LINKED:"Rattaché comme doublon",WITHDRAWN:"Retiré par le signalant",ASSIGNED:"Attribution",PRIORITY_CHANGED:"Priorité modifiée",ESCALATED:"Délai dépassé, hiérarchie prévenue"},te={RESIDENT:"Habitant",COORDINATOR:"Coordinateur communal",BRIGADE_STAFF:"Personnel de brigade",ADMIN:"Administrateur",PARTNER:"Partenaire"},ce={PENDING:"En attente",APPROVED:"Approuvée",REJECTED:"Refusée",SUSPENDED:"Suspendue"},Mn={COMMUNE_DEFAULT:"Brigade de la commune",CATEGORY_OVERRIDE:"Règle par catégorie",REROUTED:"Transmis"},Y={3:"Immédiate",2:"Élevée",1:"Normale",0:"Faible"},On=[3,2,1,0],Ye=e=>new Intl.DateTimeFormat("fr-FR",{dateStyle:"short",timeStyle:"short",timeZone:e}),ze=Ye("Europe/Paris");function Pn(e){try{ze=Ye(e||"Europe/Paris")}catch{ze=Ye("Europe/Paris")}}var Ro=new Intl.DateTimeFormat("fr-FR",{day:"numeric",month:"short",timeZone:"UTC"});function Q(e){return ze.format(new Date(e))}function Te(e){return Ro.format(new Date(`${e}T00:00:00Z`))}function Qn(e,n=Date.now()){let o=Math.max(0,Math.round((n-new Date(e).getTime())/6e4));if(o<1)return"à l’instant";if(o<60)return`il y a ${o} min`;let r=Math.round(o/60);return r<48?`il y a ${r} h`:`il y a ${Math.round(r/24)} j`}function ke(e){return e==null?"—":e<3600?`${Math.round(e/60)} min`:e<172800?`${(e/3600).toFixed(1).replace(".",",")} h`:`${Math.round(e/86400)} j`}var Eo=0,Hr=Array.isArray;function t(e,n,o,r,a,i){n||(n={});var s,d,u=n;if("ref"in u)for(d in u={},n)d=="ref"?s=n[d]:u[d]=n[d];var c={type:e,props:u,key:o,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Eo,__i:-1,__u:0,__source:a,__self:i};if(typeof e=="function"&&(s=e.defaultProps))for(d in s)u[d]===void 0&&(u[d]=s[d]);return E.vnode&&E.vnode(c),c}function Fn(e){let n=new Date(`${e}T00:00:00Z`);return n.setUTCDate(n.getUTCDate()-(n.getUTCDay()+6)%7),n}function we(e,n,o){let r=new Map(e.map(s=>[s.key,s.count])),a=[],i=Fn(o);for(let s=Fn(n);s<=i&&a.length<530;s.setUTCDate(s.getUTCDate()+7)){let d=s.toISOString().slice(0,10);a.push({key:d,count:r.get(d)??0})}return a.length?a:e}function qe({weeks:e}){if(e.every(i=>i.count===0))return t("p",{class:"muted",children:"Aucun signalement sur la période."});let n=Math.max(...e.map(i=>i.count)),o=180,r=Math.min(48,640/e.length),a=r*e.length;return t("figure",{class:"chart","data-testid":"weekly-chart",children:[t("svg",{viewBox:`0 0 ${a} ${o+24}`,role:"img","aria-labelledby":"weekly-caption",children:e.map((i,s)=>{let d=n?Math.max(2,i.count/n*o):0;return t("g",{children:[t("rect",{x:s*r+2,y:o-d,width:Math.max(2,r-4),height:d,class:"bar",children:t("title",{children:`Semaine du ${Te(i.key)} : ${i.count}`})}),(e.length<=12||s%Math.ceil(e.length/12)===0)&&t("text",{x:s*r+r/2,y:o+16,class:"axis",children:Te(i.key)})]},i.key)})}),t("figcaption",{id:"weekly-caption",children:"Signalements par semaine (semaines commençant le lundi)."}),t("table",{class:"visually-hidden",children:[t("caption",{children:"Signalements par semaine"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Semaine du"}),t("th",{scope:"col",children:"Signalements"})]})}),t("tbody",{children:e.map(i=>t("tr",{children:[t("td",{children:Te(i.key)}),t("td",{children:i.count})]},i.key))})]})]})}var Me=1e3,Je=680;function Xe(e,n){let o=Math.sin(n*Math.PI/180),r=.5-Math.log((1+o)/(1-o))/(4*Math.PI);return[(e+180)/360,r]}function Co(){let n=document.querySelector('meta[name="vigie-map-tiles"]')?.getAttribute("content")?.trim();return n||null}function ne(e){let{outlines:n,points:o}=e,r=L(()=>{let[u,c,m,y]=[1/0,1/0,-1/0,-1/0],l=([v,h])=>{u=Math.min(u,v),m=Math.max(m,v),c=Math.min(c,h),y=Math.max(y,h)};if(n.forEach(v=>v.polygons.forEach(h=>h[0]?.forEach(([_,$])=>l(Xe(_,$))))),o.forEach(v=>l(Xe(v.longitude,v.latitude))),!Number.isFinite(u))return null;let p=Math.max(m-u,y-c)*.04||5e-4;u-=p,c-=p,m+=p,y+=p;let f=Math.min(Me/(m-u),Je/(y-c));return u-=(Me/f-(m-u))/2,c-=(Je/f-(y-c))/2,{minX:u,minY:c,scale:f,height:Je}},[n,o]);if(!r)return t("p",{class:"muted",children:"Aucune commune à afficher."});let a=(u,c)=>{let[m,y]=Xe(u,c);return[(m-r.minX)*r.scale,(y-r.minY)*r.scale]},i=u=>u.map(c=>c.map(m=>m.map(([y,l],p)=>`${p?"L":"M"}${a(y,l).map(f=>f.toFixed(1)).join(" ")}`).join("")+"Z").join("")).join(""),s=Io(r),d=n.map(u=>{let c=u.polygons[0]?.[0]??[],m=c.reduce((y,[l,p])=>[y[0]+l,y[1]+p],[0,0]);return{outline:u,centre:c.length?a(m[0]/c.length,m[1]/c.length):null}});return t("figure",{class:"map",children:[t("svg",{viewBox:`0 0 ${Me} ${r.height}`,role:"group","aria-label":e.title,children:[s.map(u=>t("image",{href:u.href,x:u.x,y:u.y,width:u.size,height:u.size},u.href)),d.map(({outline:u})=>t("path",{class:"commune",d:i(u.polygons),"fill-rule":"evenodd",children:t("title",{children:u.name})},u.code)),d.map(({outline:u,centre:c})=>c?t("text",{x:c[0],y:c[1],class:"commune-name","aria-hidden":"true",children:u.name},u.code):null),o.map(u=>{let[c,m]=a(u.longitude,u.latitude),y=()=>e.onSelect?.(u.id),l=e.onSelect?{tabIndex:0,role:"button",onClick:y,onKeyDown:f=>{(f.key==="Enter"||f.key===" ")&&(f.preventDefault(),y())}}:{role:"img"},p=e.grid?16+Math.min(24,u.weight*4):0;return t("g",{class:`marker urgency-${e.grid?"grid":u.weight}${u.selected?" selected":""}`,"aria-label":u.label,"data-report":u.id,...l,children:[e.grid?t("rect",{x:c-p/2,y:m-p/2,width:p,height:p}):t("circle",{cx:c,cy:m,r:u.selected?17:13}),t("title",{children:u.label})]},u.id)})]}),t("figcaption",{children:[e.title," — contours des communes : IGN (Admin Express), servis par Vigie."]})]})}function Io(e){let n=Co();if(!n)return[];let o=Math.max(0,Math.min(18,Math.round(Math.log2(e.scale/256)))),r=2**o,a=e.scale/r,i=e.minX+Me/e.scale,s=e.minY+e.height/e.scale,d=[];for(let u=Math.floor(e.minX*r);u<=Math.floor(i*r);u++)for(let c=Math.floor(e.minY*r);c<=Math.floor(s*r);c++){let m=n.replace("{z}",String(o)).replace("{x}",String(u)).replace("{y}",String(c));d.push({href:m,x:(u/r-e.minX)*e.scale,y:(c/r-e.minY)*e.scale,size:a})}return d.slice(0,64)}var No=0;function et(e){let[n]=g(()=>`${e}-${++No}`);return n}function C({kind:e,children:n}){return t("p",{class:`notice notice-${e}`,role:e==="error"?"alert":"status",children:n})}function x(e){return e instanceof U?e.message:"Une erreur inattendue est survenue."}function F(e){let[n,o]=g(!1),[r,a]=g(null),[i,s]=g(null);return{run:Ce(async(...c)=>{o(!0),a(null),s(null);try{let m=await e(...c);m&&s(m)}catch(m){a(x(m))}finally{o(!1)}},[e]),busy:n,feedback:t(N,{children:[r&&t(C,{kind:"error",children:r}),i&&t(C,{kind:"success",children:i})]})}}function I(e){let n=et("field"),o=e.hint?`${n}-hint`:void 0,r={id:n,value:e.value,required:e.required,"aria-describedby":o,onInput:a=>e.onInput(a.target.value)};return t("div",{class:"field",children:[t("label",{for:n,children:[e.label,e.required&&t("span",{"aria-hidden":"true",children:" *"})]}),e.hint&&t("span",{class:"hint",id:o,children:e.hint}),e.multiline?t("textarea",{rows:3,...r}):t("input",{type:e.type??"text",autocomplete:e.autocomplete,...r})]})}function T(e){let n=et("select");return t("div",{class:"field",children:[t("label",{for:n,children:e.label}),t("select",{id:n,value:e.value,onChange:o=>e.onChange(o.target.value),children:e.options.map(([o,r])=>t("option",{value:o,children:r},o))})]})}function w({title:e,children:n,id:o}){let r=et("section");return t("section",{class:"panel","aria-labelledby":r,id:o,children:[t("h2",{id:r,children:e}),n]})}var xo=S(`
  query DepartementChoices {
    brigades { departement }
  }
`),To=S(`
  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
    departementActivity(departement: $departement, from: $from, to: $to) {
      total
      communes { code name participating total open }
      byWeek { key count }
      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }
      cells { latitude longitude count }
    }
  }
`),ko=S(`
  query DepartementOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),Bn=e=>e.toISOString().slice(0,10);function Vn(){let[e,n]=g([]),[o,r]=g(""),[a,i]=g(Bn(new Date(Date.now()-90*864e5))),[s,d]=g(Bn(new Date)),[u,c]=g(null),[m,y]=g([]),[l,p]=g(null);R(()=>{A(xo).then(_=>{let $=[...new Set(_.brigades.map(q=>q.departement))].sort();n($),r(q=>q||$[0]||"")}).catch(_=>p(x(_)))},[]),R(()=>{if(!o||!a||!s)return;let _=!0;return A(To,{departement:o,from:a,to:s}).then(async $=>{if(!_)return;c($.departementActivity),p(null);let q=$.departementActivity.communes.slice(0,100).map(V=>V.code),O=await A(ko,{codes:q});_&&y(O.communeOutlines)}).catch($=>_&&p(x($))),()=>{_=!1}},[o,a,s]);let f=L(()=>(u?.cells??[]).map(_=>({id:`${_.latitude},${_.longitude}`,latitude:_.latitude,longitude:_.longitude,weight:_.count,label:`${_.count} signalement${_.count>1?"s":""} dans ce carré d’environ 200 m`})),[u]),v=L(()=>[...u?.communes??[]].filter(_=>_.total>0).sort((_,$)=>$.total-_.total),[u]),h=(u?.communes.length??0)-v.length;return t(w,{title:"Le département d’un coup d’œil",id:"departement",children:[t("form",{class:"filters",onSubmit:_=>_.preventDefault(),"aria-label":"Département et période",children:[t(T,{label:"Département",value:o,onChange:r,options:e.map(_=>[_,_])}),t(I,{label:"Du",type:"date",value:a,onInput:i}),t(I,{label:"Au",type:"date",value:s,onInput:d})]}),l&&t(C,{kind:"error",children:l}),u&&t("div",{class:"columns",children:[t("div",{children:[t("p",{class:"figures",children:t("span",{children:[t("strong",{"data-testid":"departement-total",children:u.total})," signalements sur la période"]})}),t(qe,{weeks:we(u.byWeek,a,s)}),t("table",{class:"counts",children:[t("caption",{children:"Brigades : délais de prise en compte"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Brigade"}),t("th",{scope:"col",children:"Reçus"}),t("th",{scope:"col",children:"Délai médian"}),t("th",{scope:"col",children:"En retard"})]})}),t("tbody",{children:u.brigades.map(_=>t("tr",{children:[t("th",{scope:"row",children:_.brigade.name}),t("td",{children:_.total}),t("td",{children:ke(_.medianSecondsToAcknowledge??null)}),t("td",{children:[_.overdue,_.overdueShare!=null&&` (${Math.round(_.overdueShare*100)} %)`]})]},_.brigade.code))})]}),t("table",{class:"counts",children:[t("caption",{children:["Communes (",u.communes.length,", dont ",h," sans signalement sur la période)"]}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Commune"}),t("th",{scope:"col",children:"Signalements"}),t("th",{scope:"col",children:"En cours"}),t("th",{scope:"col",children:"Participation citoyenne"})]})}),t("tbody",{children:v.map(_=>t("tr",{children:[t("th",{scope:"row",children:_.name}),t("td",{children:_.total}),t("td",{children:_.open}),t("td",{children:_.participating?"Oui":"Non"})]},_.code))})]})]}),t(ne,{title:"Signalements de la période, par carré d’environ 200 m",outlines:m,points:f,grid:!0})]})]})}function me(e,n,o,r){let[a,i]=g([]),[s,d]=g(null),[u,c]=g(null),[m,y]=g(!1),[l,p]=g(null),[f,v]=g(!1),[h,_]=g(0),$=async(O,V)=>{v(!0);try{let P=await A(e,{...o,after:O}),W=n(P);i(K=>V?[...K,...W.nodes]:W.nodes),d(W.totalCount),c(W.pageInfo.endCursor),y(W.pageInfo.hasNextPage),p(null)}catch(P){p(x(P))}finally{v(!1)}};R(()=>{$(null,!1)},[...r,h]);let q=m?t("button",{type:"button",disabled:f,onClick:()=>void $(u,!0),children:["Afficher plus (",a.length," sur ",s,")"]}):null;return{nodes:a,total:s,error:l,more:q,reload:()=>_(O=>O+1)}}var pe=[["communes","Communes"],["departement","Département"],["brigades","Brigades"],["categories","Catégories"],["routing","Acheminement"],["accounts","Comptes"],["audit","Journal"]];function Un({me:e}){let[n,o]=g("communes");return t("div",{class:"admin",children:[t("div",{role:"tablist","aria-label":"Administration",class:"tabs",children:pe.map(([r,a])=>t("button",{type:"button",role:"tab",id:`tab-${r}`,"aria-selected":n===r,"aria-controls":"admin-panel",tabIndex:n===r?0:-1,onClick:()=>o(r),onKeyDown:i=>{let s=pe.findIndex(([u])=>u===n),d=i.key==="ArrowRight"?1:i.key==="ArrowLeft"?-1:0;if(d){let u=pe[(s+d+pe.length)%pe.length][0];o(u),document.getElementById(`tab-${u}`)?.focus()}},children:a},r))}),t("div",{role:"tabpanel",id:"admin-panel","aria-labelledby":`tab-${n}`,children:[n==="departement"&&t(Vn,{}),n==="communes"&&t(Lo,{}),n==="brigades"&&t(Go,{}),n==="categories"&&t(Wo,{}),n==="routing"&&t(Ho,{}),n==="accounts"&&t(Ko,{me:e}),n==="audit"&&t(jo,{})]})]})}function ge(e,n,...o){let[r,a]=g(null),[i,s]=g(null),[d,u]=g(0);return R(()=>{A(e,...o).then(c=>(a(c),s(null))).catch(c=>s(x(c)))},[...n,d]),{data:r,error:i&&t(C,{kind:"error",children:i}),reload:()=>u(c=>c+1)}}function oe({rows:e,columns:n,rowKey:o}){return t("table",{children:[t("thead",{children:t("tr",{children:n.map(([r])=>t("th",{scope:"col",children:r},r))})}),t("tbody",{children:e.map(r=>t("tr",{children:n.map(([a,i])=>t("td",{children:i(r)},a))},o(r)))})]})}var wo=S(`
  query AdminCommunes {
    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }
  }
`),qo=S(`
  query AdminBrigades {
    brigades { id code name kind phone communes { code } }
  }
`),Mo=S(`
  query AdminCategories {
    categories { code label urgency order active diversion }
  }
`),Oo=S(`
  query RoutingSetup {
    communes(participating: true) { code name brigade { name } }
    categories { code label }
    brigades { id name }
  }
`),Po=S(`
  query RoutingRules($c: String!) {
    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }
  }
`),Qo=S(`
  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }
  }
`),Fo=S(`
  query Accounts($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }
    }
  }
`),Bo=S(`
  mutation EnableAccount($id: ID!) {
    enableAccount(userId: $id) { id }
  }
`),Vo=S(`
  mutation DisableAccount($id: ID!) {
    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }
  }
`),Uo=S(`
  query Audit($after: String) {
    auditEvents(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at kind targetType targetId actor { displayName } }
    }
  }
`);function Lo(){let{data:e,error:n}=ge(wo,[]);return t(w,{title:"Communes du dispositif",children:[n,t(oe,{rows:e?.communes??[],rowKey:o=>o.code,columns:[["Code INSEE",o=>o.code],["Commune",o=>o.name],["Depuis",o=>o.participatingSince??"—"],["Brigade",o=>o.brigade?.name??"—"],["Référent",o=>o.referent?.displayName??"—"]]})]})}function Go(){let{data:e,error:n}=ge(qo,[]);return t(w,{title:"Brigades",children:[n,t(oe,{rows:e?.brigades??[],rowKey:o=>o.id,columns:[["Code",o=>o.code],["Nom",o=>o.name],["Téléphone",o=>o.phone??"—"],["Communes couvertes",o=>o.communes.length]]})]})}function Wo(){let{data:e,error:n}=ge(Mo,[]);return t(w,{title:"Catégories de signalement",children:[n,t(oe,{rows:e?.categories??[],rowKey:o=>o.code,columns:[["Code",o=>o.code],["Libellé",o=>o.label],["Urgence",o=>Y[o.urgency]],["Réorientation d’urgence",o=>o.diversion??"—"]]})]})}function Ho(){let e=ge(Oo,[]),n=e.data?.communes??[],[o,r]=g(""),a=o||n[0]?.code||"",i=ge(Po,[a],{c:a}),[s,d]=g(""),[u,c]=g(""),m=F(async(f,v)=>(await A(Qo,{c:a,k:f,b:v}),i.reload(),v?"Règle enregistrée.":"Règle retirée.")),y=e.data?.categories??[],l=e.data?.brigades??[],p=n.find(f=>f.code===a)?.brigade?.name??"—";return t(w,{title:"Règles d’acheminement",children:[e.error,t("form",{class:"filters",onSubmit:f=>f.preventDefault(),children:t(T,{label:"Commune",value:a,onChange:r,options:n.map(f=>[f.code,f.name])})}),t("p",{children:["Par défaut, les signalements vont à : ",t("strong",{children:p}),"."]}),i.error,t(oe,{rows:(i.data?.categoryOverrides??[]).flatMap(f=>f.category?[{...f,category:f.category}]:[]),rowKey:f=>f.category.code,columns:[["Catégorie",f=>f.category.label],["Acheminée vers",f=>f.brigade?.name??"—"],["Action",f=>t("button",{type:"button",class:"small",disabled:m.busy,onClick:()=>void m.run(f.category.code,null),children:["Retirer la règle « ",f.category.label," »"]})]]}),t("h3",{children:"Nouvelle règle"}),t("form",{class:"filters","aria-label":"Nouvelle règle",onSubmit:f=>{f.preventDefault(),m.run(s||y[0]?.code,u||l[0]?.id)},children:[t(T,{label:"Catégorie",value:s||y[0]?.code||"",onChange:d,options:y.map(f=>[f.code,f.label])}),t(T,{label:"Brigade destinataire",value:u||l[0]?.id||"",onChange:c,options:l.map(f=>[f.id,f.name])}),t("div",{class:"field",children:[t("span",{"aria-hidden":"true",children:" "}),t("button",{type:"submit",class:"primary",disabled:m.busy||!a,children:"Enregistrer la règle"})]})]}),m.feedback]})}function Ko({me:e}){let[n,o]=g(""),r=me(Fo,i=>i.users,{filter:n.trim()?{search:n.trim()}:null},[n]),a=i=>i.disabledAt?`Désactivé le ${Q(i.disabledAt)}`:i.enrolmentStatus?`Inscription ${ce[i.enrolmentStatus].toLowerCase()}`:"Actif";return t(w,{title:"Comptes",children:[t("form",{class:"filters",role:"search",onSubmit:i=>i.preventDefault(),children:t(I,{label:"Rechercher (nom ou adresse)",value:n,onInput:o,type:"search"})}),r.error&&t(C,{kind:"error",children:r.error}),r.total!==null&&t("p",{class:"count",children:[r.total," comptes"]}),t(oe,{rows:r.nodes,rowKey:i=>i.id,columns:[["Nom",i=>i.displayName],["Adresse",i=>i.email],["Rôle",i=>te[i.role]],["Rattachement",i=>i.brigade?.name??i.commune?.name??(i.coordinatedCommunes.map(s=>s.name).join(", ")||"—")],["État",a],["Action",i=>i.role==="RESIDENT"||i.id===e.id?"—":t(Zo,{user:i,onChanged:r.reload})]]}),r.more]})}function Zo({user:e,onChanged:n}){let{run:o,busy:r,feedback:a}=F(async()=>{e.disabledAt?await A(Bo,{id:e.id}):await A(Vo,{id:e.id}),n()}),i=e.disabledAt?"Réactiver":"Désactiver";return t(N,{children:[t("button",{type:"button",class:"small",disabled:r,onClick:()=>void o(),"aria-label":`${i} ${e.displayName}`,children:i}),a]})}function jo(){let e=me(Uo,n=>n.auditEvents,{},[]);return t(w,{title:"Journal d’audit",children:[e.error&&t(C,{kind:"error",children:e.error}),t(oe,{rows:e.nodes,rowKey:n=>n.id,columns:[["Date",n=>Q(n.at)],["Action",n=>t("code",{children:n.kind})],["Par",n=>n.actor?.displayName??"Système"],["Cible",n=>n.targetType?`${n.targetType} ${n.targetId??""}`:"—"]]}),e.more]})}function Oe({document:e,variables:n,onData:o,onState:r}){let a=null,i=!1,s=0,d,u=async()=>{if(i)return;let c=await xn();if(i)return;let m=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql/ws`,y=new WebSocket(m,"graphql-transport-ws");a=y,y.onopen=()=>y.send(JSON.stringify({type:"connection_init",payload:c?{authorization:`Bearer ${c}`}:{}})),y.onmessage=l=>{let p;try{p=JSON.parse(String(l.data))}catch{return}switch(p.type){case"connection_ack":s=0,r?.(!0),y.send(JSON.stringify({id:"1",type:"subscribe",payload:{query:e.toString(),variables:n()}}));break;case"ping":y.send(JSON.stringify({type:"pong"}));break;case"next":p.payload?.data&&o(p.payload.data);break;case"error":case"complete":y.close(1e3);break}},y.onclose=()=>{r?.(!1),!i&&(s+=1,d=window.setTimeout(u,Math.min(3e4,500*2**s)))}};return u(),{close(){i=!0,window.clearTimeout(d),a?.close(1e3)}}}var Yo=S(`
  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }
  }
`),zo=S(`
  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }
  }
`),Jo=S(`
  mutation MarkDuplicate($id: ID!, $of: ID!) {
    markDuplicate(reportId: $id, duplicateOf: $of) { id status }
  }
`),Xo=S(`
  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }
  }
`),er=S(`
  query ReportAlerts($commune: String!) {
    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }
  }
`),tr=S(`
  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }
  }
`),nr=S(`
  mutation CloseInterventionAlert($id: ID!, $message: String!) {
    closeInterventionAlert(id: $id, message: $message) { id closedAt }
  }
`),or={SUBMITTED:[["ACKNOWLEDGED","Prendre en compte"],["REJECTED","Classer sans suite"]],ACKNOWLEDGED:[["IN_PROGRESS","Démarrer l’intervention"],["REJECTED","Classer sans suite"]],IN_PROGRESS:[["RESOLVED","Marquer traité"],["REJECTED","Classer sans suite"]],RESOLVED:[["ACKNOWLEDGED","Rouvrir"]],REJECTED:[["ACKNOWLEDGED","Rouvrir"]]};function Ln({report:e,onChanged:n}){let o=or[e.status]??[],[r,a]=g(o[0]?.[0]??null),[i,s]=g(""),[d,u]=g("");R(()=>a(o[0]?.[0]??null),[e.status]);let{run:c,busy:m,feedback:y}=F(async l=>{let p={publicNote:i.trim()||null,internalNote:d.trim()||null};return l&&r?await A(Yo,{id:e.id,to:r,...p}):await A(zo,{id:e.id,...p}),s(""),u(""),n(),l?"Statut mis à jour.":"Note enregistrée."});return t("form",{class:"action","aria-labelledby":"triage-title",onSubmit:l=>{l.preventDefault(),c(!0)},children:[t("h3",{id:"triage-title",children:"Traiter"}),o.length>0&&t(T,{label:"Nouveau statut",value:r??"",onChange:l=>a(l),options:o}),t(I,{label:"Réponse au signalant (visible par lui)",value:i,onInput:s,multiline:!0}),t(I,{label:"Note interne (brigade seulement)",value:d,onInput:u,multiline:!0}),t("div",{class:"buttons",children:[o.length>0&&t("button",{type:"submit",class:"primary",disabled:m,children:"Appliquer"}),t("button",{type:"button",disabled:m||!i.trim()&&!d.trim(),onClick:()=>void c(!1),children:"Ajouter la note seulement"})]}),y]})}function Gn({report:e,onChanged:n}){let o=e.possibleDuplicates.flatMap(({reportId:s,distanceMeters:d,observedAt:u,status:c})=>s&&d!=null&&u?[{reportId:s,distanceMeters:d,observedAt:u,status:c}]:[]),{run:r,busy:a,feedback:i}=F(async s=>(await A(Jo,{id:e.id,of:s}),n(),"Signalement rattaché comme doublon."));return t("div",{class:"action",children:[t("h3",{children:"Doublons possibles"}),o.length===0?t("p",{class:"muted",children:"Aucun signalement ouvert de même catégorie à moins de 250 m dans les 48 h."}):t("ul",{class:"plain",children:o.map(s=>t("li",{children:["À ",Math.round(s.distanceMeters)," m, observé le ",Q(s.observedAt)," (",G[s.status],")"," ",t("button",{type:"button",disabled:a,onClick:()=>void r(s.reportId),"aria-label":`Classer ce signalement comme doublon de celui observé à ${Math.round(s.distanceMeters)} m le ${Q(s.observedAt)}`,children:"Classer comme doublon de celui-ci"})]},s.reportId))}),i]})}function Wn({report:e,brigades:n,onChanged:o}){let[r,a]=g(n[0]?.id??""),[i,s]=g("");R(()=>a(m=>m||n[0]?.id||""),[n]);let{run:d,busy:u,feedback:c}=F(async()=>(await A(Xo,{id:e.id,to:r,reason:i}),o(),"Signalement transmis."));return t("form",{class:"action","aria-labelledby":"reroute-title",onSubmit:m=>{m.preventDefault(),d()},children:[t("h3",{id:"reroute-title",children:"Transmettre à une autre unité"}),t(T,{label:"Unité destinataire",value:r,onChange:a,options:n.map(m=>[m.id,m.name])}),t(I,{label:"Motif",value:i,onInput:s,required:!0}),t("button",{type:"submit",disabled:u||!r,children:"Transmettre"}),c]})}function Hn({report:e}){let[n,o]=g(""),[r,a]=g([]),[i,s]=g(0);R(()=>{A(er,{commune:e.commune.code}).then(m=>a(m.interventionAlerts.nodes.filter(y=>y.reportId===e.id))).catch(()=>a([]))},[e.id,i]);let{run:d,busy:u,feedback:c}=F(async()=>{let m=await A(tr,{commune:e.commune.code,message:n,report:e.id});return o(""),s(y=>y+1),`Alerte envoyée à ${m.sendInterventionAlert.recipients} élu(s).`});return t("div",{class:"action",children:[t("form",{"aria-labelledby":"alert-title",onSubmit:m=>{m.preventDefault(),d()},children:[t("h3",{id:"alert-title",children:["Alerter les élus de ",e.commune.name]}),t(I,{label:"Message d’intervention (SMS, sans nom ni adresse)",value:n,onInput:o,required:!0,multiline:!0}),t("button",{type:"submit",disabled:u||!n.trim(),children:"Envoyer l’alerte"}),c]}),r.length>0&&t("ul",{class:"plain alerts",children:r.map(m=>t(rr,{alert:m,onClosed:()=>s(y=>y+1)},m.id))})]})}function rr({alert:e,onClosed:n}){let[o,r]=g(""),{run:a,busy:i,feedback:s}=F(async()=>(await A(nr,{id:e.id,message:o}),n(),"Fin d’intervention envoyée."));return t("li",{children:[t("time",{dateTime:e.createdAt,children:Q(e.createdAt)})," — ",e.message,e.closedAt?t("p",{class:"muted",children:["Terminée le ",Q(e.closedAt)]}):t("form",{onSubmit:d=>{d.preventDefault(),a()},children:[t(I,{label:"Message de fin d’intervention",value:o,onInput:r,required:!0}),t("button",{type:"submit",disabled:i||!o.trim(),children:"Terminer l’intervention"}),s]})]})}var ir=S(`
  query BrigadeStaff {
    brigadeStaff { id displayName rank commander }
  }
`),ar=S(`
  mutation AssignReport($id: ID!, $user: ID) {
    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }
  }
`),sr=S(`
  mutation FlagReporterAbuse($id: ID!, $reason: String!) {
    flagReporterAbuse(reportId: $id, reason: $reason) { id status }
  }
`),ur=S(`
  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }
  }
`);function Kn({report:e,onChanged:n}){let[o,r]=g([]),[a,i]=g(e.assignee?.id??""),[s,d]=g(String(e.priority??e.category.urgency)),[u,c]=g(""),[m,y]=g("");R(()=>{A(ir).then(h=>r(h.brigadeStaff)).catch(()=>r([]))},[]),R(()=>{i(e.assignee?.id??""),d(String(e.priority??e.category.urgency))},[e.id,e.assignee?.id,e.priority]);let l=F(async()=>(await A(ar,{id:e.id,user:a||null}),n(),a?"Signalement attribué.":"Attribution retirée.")),p=F(async()=>(await A(ur,{id:e.id,priority:Number(s),reason:u.trim()||null}),c(""),n(),"Priorité enregistrée.")),f=F(async()=>(await A(sr,{id:e.id,reason:m}),y(""),"Signalé à la commune, qui décidera.")),v=h=>[h.id,`${h.displayName}${h.rank?` (${h.rank})`:""}${h.commander?" — commandant":""}`];return t("div",{class:"action",children:[t("form",{"aria-labelledby":"assign-title",onSubmit:h=>{h.preventDefault(),l.run()},children:[t("h3",{id:"assign-title",children:"Attribuer"}),t(T,{label:"Membre de la brigade",value:a,onChange:i,options:[["","Personne"],...o.map(v)]}),t("button",{type:"submit",disabled:l.busy,children:"Enregistrer l’attribution"}),l.feedback]}),t("form",{"aria-labelledby":"priority-title",onSubmit:h=>{h.preventDefault(),p.run()},children:[t("h3",{id:"priority-title",children:"Priorité"}),t(T,{label:"Priorité de la brigade",value:s,onChange:d,options:On.map(h=>[String(h),Y[h]])}),t(I,{label:"Raison du changement (note interne)",value:u,onInput:c}),t("button",{type:"submit",disabled:p.busy,children:"Changer la priorité"}),p.feedback]}),e.reporter&&t("form",{"aria-labelledby":"abuse-title",onSubmit:h=>{h.preventDefault(),f.run()},children:[t("h3",{id:"abuse-title",children:"Usage abusif"}),t(I,{label:"Raison, pour la commune (sans le contenu du signalement)",value:m,onInput:y,required:!0}),t("button",{type:"submit",disabled:f.busy||!m.trim(),children:"Signaler l’usage abusif à la commune"}),f.feedback]})]})}var lr=S(`
  query ReportDetail($id: ID!) {
    report(id: $id) {
      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue
      assignee { id displayName }
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
`);function Zn(e){let[n,o]=g(null),[r,a]=g(null),i=Ee(null);return R(()=>{i.current?.scrollIntoView({block:"start"}),i.current?.focus({preventScroll:!0})},[e.id]),R(()=>{let s=!0;return A(lr,{id:e.id}).then(d=>{s&&(d.report||a("Ce signalement n’est plus dans la file de la brigade."),o(d.report))}).catch(d=>s&&a(x(d))),()=>{s=!1}},[e.id,e.revision]),t("section",{class:"panel detail","aria-labelledby":"detail-title",id:"signalement",children:[t("div",{class:"detail-head",children:[t("h2",{id:"detail-title",tabIndex:-1,ref:i,children:n?`${n.category.label} — ${n.commune.name}`:"Signalement"}),t("button",{type:"button",onClick:e.onClose,children:"Fermer"})]}),r&&t(C,{kind:"error",children:r}),n&&t(dr,{report:n,...e})]})}function dr({report:e,brigades:n,onChanged:o}){return t("div",{class:"detail-grid",children:[t("div",{children:[t("dl",{class:"facts",children:[t("dt",{children:"Statut"}),t("dd",{"data-testid":"report-status",children:G[e.status]}),t("dt",{children:"Urgence"}),t("dd",{children:Y[e.category.urgency]}),t("dt",{children:"Priorité de la brigade"}),t("dd",{"data-testid":"report-priority",children:e.priority!=null?Y[e.priority]:"—"}),t("dt",{children:"À prendre en compte avant"}),t("dd",{children:[e.acknowledgeBy?Q(e.acknowledgeBy):"—",e.overdue&&t("span",{class:"overdue",children:"En retard"})]}),t("dt",{children:"Attribué à"}),t("dd",{"data-testid":"report-assignee",children:e.assignee?.displayName??"Personne"}),t("dt",{children:"Faits observés"}),t("dd",{children:Q(e.observedAt)}),t("dt",{children:"Reçu"}),t("dd",{children:Q(e.createdAt)}),t("dt",{children:"Lieu"}),t("dd",{children:[e.location.latitude.toFixed(5),", ",e.location.longitude.toFixed(5),e.accuracyMeters!=null&&` (± ${Math.round(e.accuracyMeters)} m)`]}),t("dt",{children:"Acheminement"}),t("dd",{children:[e.brigade.name," (",Mn[e.routingRule],")"]}),t("dt",{children:"Signalant"}),t("dd",{children:e.reporter?t(N,{children:[e.reporter.displayName," — ",t("a",{href:`mailto:${e.reporter.email}`,children:e.reporter.email}),e.reporter.phone&&t(N,{children:[" ","— ",t("a",{href:`tel:${e.reporter.phone}`,children:e.reporter.phone})]})]}):"—"})]}),t("h3",{children:"Description"}),t("p",{class:"description",children:e.description}),e.photos.length>0&&t(N,{children:[t("h3",{children:"Photos"}),t("ul",{class:"photos",children:e.photos.map((r,a)=>t("li",{children:t("a",{href:r.url,target:"_blank",rel:"noopener noreferrer",children:t("img",{src:r.url,alt:`Photo ${a+1} jointe au signalement`})})},r.id))})]}),t("h3",{children:"Historique"}),t("ol",{class:"history",children:e.events.map(r=>t("li",{children:[t("time",{dateTime:r.at,children:Q(r.at)})," — ",qn[r.kind]??r.kind,r.status&&` : ${G[r.status]}`," ",t("span",{class:"muted",children:["(",te[r.actorRole],")"]}),r.publicNote&&t("p",{class:"note",children:["« ",r.publicNote," »"]}),r.internalNote&&t("p",{class:"note internal",children:["Note interne : ",r.internalNote]})]},r.id))})]}),t("div",{children:[t(Ln,{report:e,onChanged:o}),t(Kn,{report:e,onChanged:o}),t(Gn,{report:e,onChanged:o}),t(Wn,{report:e,brigades:n,onChanged:o}),t(Hn,{report:e})]})]})}var cr=20,mr=S(`
  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
    brigadeQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id status description createdAt priority overdue assignee { displayName } category { code label urgency } commune { code name } location { latitude longitude } }
    }
  }
`),pr=S(`
  query BrigadeSetup {
    categories { code label }
    me { brigade { communes { code name } } }
    brigadeTo: brigades { id code name }
  }
`),gr=S(`
  query QueueOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),yr=S(`
  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }
  }
`);function jn({me:e}){let n=e.brigade,[o,r]=g([]),[a,i]=g([]),[s,d]=g([]),[u,c]=g([]),[m,y]=g("OPEN"),[l,p]=g(""),[f,v]=g(""),[h,_]=g(""),[$,q]=g(""),[O,V]=g([null]),[P,W]=g(null),[K,X]=g(null),[B,H]=g(null),[nt,no]=g(!1),[oo,ro]=g(""),[ot,rt]=g(0),it=Ee(null);R(()=>{A(pr).then(async b=>{r(b.categories);let z=b.me?.brigade?.communes??[];i(z),d(b.brigadeTo.filter(ie=>ie.id!==n.id));let Pe=z.slice(0,100).map(ie=>ie.code),ye=await A(gr,{codes:Pe});c(ye.communeOutlines)}).catch(b=>X(x(b)))},[n.id]);let at=L(()=>{let b={status:m==="OPEN"?wn:[m]};return l&&(b.categoryCode=l),f&&(b.communeCode=f),h&&(b.createdSince=new Date(Date.now()-Number(h)*36e5).toISOString()),$==="MINE"&&(b.assignment="ASSIGNED_TO_ME"),$==="NOBODY"&&(b.assignment="UNASSIGNED"),$==="OVERDUE"&&(b.overdue=!0),b},[m,l,f,h,$]),st=O[O.length-1];R(()=>{let b=!0;return A(mr,{filter:at,first:cr,after:st}).then(z=>b&&(W(z.brigadeQueue),X(null))).catch(z=>b&&X(x(z))),()=>{b=!1}},[at,st,ot]),R(()=>{let b,z=Oe({document:yr,variables:()=>({brigade:n.id,after:it.current}),onState:no,onData:Pe=>{let ye=Pe.brigadeQueueEvents;it.current=ye.id,ye.kind==="FILED"&&ro("Nouveau signalement reçu."),window.clearTimeout(b),b=window.setTimeout(()=>rt(ie=>ie+1),150)}});return()=>{window.clearTimeout(b),z.close()}},[n.id]);let re=Ce(b=>{b(),V([null])},[]),io=(P?.nodes??[]).map(b=>({id:b.id,latitude:b.location.latitude,longitude:b.location.longitude,weight:b.priority??b.category.urgency,selected:b.id===B,label:`${b.category.label}, ${b.commune.name}, ${G[b.status]}`}));return t("div",{class:"brigade",children:[t("p",{class:"live-state","aria-live":"polite",children:[t("span",{class:nt?"dot on":"dot","aria-hidden":"true"}),nt?"Mises à jour en direct":"Connexion au direct…",t("span",{class:"visually-hidden",children:oo})]}),t("div",{class:"columns",children:[t(w,{title:"File des signalements",id:"file",children:[t("form",{class:"filters",onSubmit:b=>b.preventDefault(),"aria-label":"Filtres de la file",children:[t(T,{label:"Statut",value:m,onChange:b=>re(()=>y(b)),options:[["OPEN","En cours (reçus, pris en compte, en intervention)"],...Object.entries(G)]}),t(T,{label:"Catégorie",value:l,onChange:b=>re(()=>p(b)),options:[["","Toutes"],...o.map(b=>[b.code,b.label])]}),t(T,{label:"Commune",value:f,onChange:b=>re(()=>v(b)),options:[["","Toutes"],...a.map(b=>[b.code,b.name])]}),t(T,{label:"Reçus depuis",value:h,onChange:b=>re(()=>_(b)),options:[["","Toujours"],["1","1 heure"],["24","24 heures"],["168","7 jours"],["720","30 jours"]]}),t(T,{label:"Suivi",value:$,onChange:b=>re(()=>q(b)),options:[["","Tous"],["MINE","Attribués à moi"],["NOBODY","Non attribués"],["OVERDUE","En retard de prise en compte"]]})]}),K&&t(C,{kind:"error",children:K}),P&&t(N,{children:[t("p",{class:"count","data-testid":"queue-count",children:[P.totalCount," signalement",P.totalCount>1?"s":""]}),t("table",{class:"queue",children:[t("caption",{class:"visually-hidden",children:"Signalements, par priorité de la brigade puis du plus ancien"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Priorité"}),t("th",{scope:"col",children:"Catégorie"}),t("th",{scope:"col",children:"Commune"}),t("th",{scope:"col",children:"Reçu"}),t("th",{scope:"col",children:"Statut"}),t("th",{scope:"col",children:"Attribué à"})]})}),t("tbody",{children:P.nodes.map(b=>t("tr",{class:b.id===B?"selected":"","data-report":b.id,children:[t("td",{children:[t("span",{class:`urgency urgency-${b.priority??b.category.urgency}`,children:Y[b.priority??b.category.urgency]}),b.overdue&&t("span",{class:"overdue",children:"En retard"})]}),t("td",{children:[t("button",{type:"button",class:"link",onClick:()=>H(b.id),"aria-pressed":b.id===B,children:b.category.label}),t("span",{class:"excerpt",children:b.description.slice(0,80)})]}),t("td",{children:b.commune.name}),t("td",{children:t("time",{dateTime:b.createdAt,children:Qn(b.createdAt)})}),t("td",{children:G[b.status]}),t("td",{children:b.assignee?.displayName??"—"})]},b.id))})]}),P.nodes.length===0&&t("p",{class:"muted",children:"Aucun signalement ne correspond aux filtres."}),t("nav",{class:"pager","aria-label":"Pages de la file",children:[t("button",{type:"button",disabled:O.length<2,onClick:()=>V(O.slice(0,-1)),children:"Page précédente"}),t("span",{children:["Page ",O.length]}),t("button",{type:"button",disabled:!P.pageInfo.hasNextPage,onClick:()=>V([...O,P.pageInfo.endCursor]),children:"Page suivante"})]})]})]}),t(w,{title:"Carte de la file",id:"carte",children:t(ne,{title:`Communes couvertes par ${n.name}`,outlines:u,points:io,onSelect:H})})]}),B&&t(Zn,{id:B,revision:ot,brigades:s,onClose:()=>H(null),onChanged:()=>rt(b=>b+1)})]})}var fr=S(`
  query AbuseFlags($code: String!) {
    abuseFlags(communeCode: $code, status: OPEN, first: 50) {
      totalCount
      nodes { id reason createdAt resident { displayName email } brigade { name } }
    }
  }
`),br=S(`
  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }
  }
`);function Yn({code:e}){let[n,o]=g(null),[r,a]=g(null),[i,s]=g(0);return R(()=>{A(fr,{code:e}).then(d=>(o(d.abuseFlags.nodes),a(null))).catch(d=>a(x(d)))},[e,i]),!r&&n?.length===0?null:t(w,{title:"Usages abusifs signalés par la brigade",id:"abus",children:[r&&t(C,{kind:"error",children:r}),t("ul",{class:"plain",children:(n??[]).map(d=>t(_r,{flag:d,onDecided:()=>s(u=>u+1)},d.id))})]})}function _r({flag:e,onDecided:n}){let[o,r]=g(""),{run:a,busy:i,feedback:s}=F(async u=>(await A(br,{id:e.id,suspend:u,note:o.trim()||null}),n(),u?"Habitant suspendu.":"Signalement classé.")),d=e.resident?.displayName??"Habitant";return t("li",{"data-flag":e.id,children:[t("p",{children:[t("strong",{children:d})," — signalé par ",e.brigade.name," le ",t("time",{dateTime:e.createdAt,children:Q(e.createdAt)})]}),t("p",{class:"note",children:["« ",e.reason," »"]}),t(I,{label:`Raison de la décision pour ${d}`,value:o,onInput:r}),t("div",{class:"buttons",children:[t("button",{type:"button",class:"danger",disabled:i,onClick:()=>void a(!0),children:"Suspendre l’habitant"}),t("button",{type:"button",disabled:i,onClick:()=>void a(!1),children:"Classer sans suite"})]}),s]})}var hr=S(`
  subscription CoordinatorFeed {
    myNotifications { kind }
  }
`);function Xn({me:e}){let n=e.coordinatedCommunes,[o,r]=g(n[0]?.code??""),[a,i]=g({enrolments:0,alerts:0});return R(()=>{let s=Oe({document:hr,variables:()=>({}),onData:d=>{let u=d.myNotifications.kind;u==="ENROLMENT_REQUEST"&&i(c=>({...c,enrolments:c.enrolments+1})),u==="INTERVENTION_ALERT"&&i(c=>({...c,alerts:c.alerts+1}))}});return()=>s.close()},[]),o?t("div",{class:"commune",children:[n.length>1&&t("form",{class:"filters",onSubmit:s=>s.preventDefault(),children:t(T,{label:"Commune",value:o,onChange:r,options:n.map(s=>[s.code,s.name])})}),t("div",{class:"columns",children:[t(Cr,{code:o,heard:a.enrolments}),t(Nr,{code:o,heard:a.alerts})]}),t(Yn,{code:o}),t(Tr,{code:o}),t($r,{code:o})]}):t(C,{kind:"info",children:"Aucune commune ne vous est rattachée : adressez-vous à la préfecture."})}var Sr=S(`
  query CommuneBilan($code: String!, $year: Int!) {
    communeBilan(communeCode: $code, year: $year) { total threshold csv }
  }
`);function $r({code:e}){let n=new Date().getFullYear(),[o,r]=g(String(n)),[a,i]=g(null),[s,d]=g(null);R(()=>{A(Sr,{code:e,year:Number(o)}).then(y=>(i(y),d(null))).catch(y=>d(x(y)))},[e,o]);let u=a?.communeBilan,c=()=>{if(!u)return;let y=URL.createObjectURL(new Blob([u.csv],{type:"text/csv;charset=utf-8"})),l=document.createElement("a");l.href=y,l.download=`bilan-${e}-${o}.csv`,l.click(),URL.revokeObjectURL(y)},m=[0,1,2,3,4].map(y=>[String(n-y),String(n-y)]);return t(w,{title:"Bilan annuel",id:"bilan",children:[t("form",{class:"filters",onSubmit:y=>y.preventDefault(),"aria-label":"Année du bilan",children:t(T,{label:"Année",value:o,onChange:r,options:m})}),s&&t(C,{kind:"error",children:s}),u&&t(N,{children:[t("p",{class:"figures",children:t("span",{children:[t("strong",{"data-testid":"bilan-total",children:u.total??`< ${u.threshold}`})," signalements"]})}),t("p",{children:["Les nombres inférieurs à ",u.threshold," sont masqués (« < ",u.threshold," ») pour qu’aucun chiffre ne désigne un voisin."]}),t("button",{type:"button",onClick:c,children:"Télécharger le bilan (CSV)"})]})]})}var Dr=S(`
  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email phone enrolmentStatus }
    }
  }
`),vr=S(`
  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }
  }
`),Ar=S(`
  mutation SuspendResident($id: ID!, $reason: String!) {
    suspendResident(userId: $id, reason: $reason) { id }
  }
`),Rr=S(`
  mutation ReinstateResident($id: ID!) {
    reinstateResident(userId: $id) { id }
  }
`),Er=S(`
  query CommuneAlerts($code: String!) {
    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }
  }
`);function Cr({code:e,heard:n}){let[o,r]=g("PENDING"),a=me(Dr,i=>i.enrolmentRequests,{code:e,status:o},[e,o,n]);return t(w,{title:"Inscriptions des habitants",id:"inscriptions",children:[t("form",{class:"filters",onSubmit:i=>i.preventDefault(),children:t(T,{label:"Afficher",value:o,onChange:i=>r(i),options:Object.entries(ce)})}),a.error&&t(C,{kind:"error",children:a.error}),a.total!==null&&t(N,{children:[t("p",{class:"count",children:[a.total," inscription",a.total>1?"s":""," ",ce[o].toLowerCase(),a.total>1?"s":""]}),t("ul",{class:"people",children:a.nodes.map(i=>t(Ir,{person:i,onChanged:a.reload},i.id))}),a.more]})]})}function Ir({person:e,onChanged:n}){let[o,r]=g(""),{run:a,busy:i,feedback:s}=F(async u=>{u==="approve"||u==="reject"?await A(vr,{id:e.id,approve:u==="approve",reason:o.trim()||null}):u==="suspend"?await A(Ar,{id:e.id,reason:o}):await A(Rr,{id:e.id}),n()}),d=e.enrolmentStatus==="PENDING";return t("li",{class:"person","data-person":e.email,children:[t("div",{children:[t("strong",{children:e.displayName})," — ",e.email,e.phone&&` — ${e.phone}`]}),(d||e.enrolmentStatus==="APPROVED")&&t(I,{label:d?"Motif (en cas de refus)":"Motif de la suspension",value:o,onInput:r}),t("div",{class:"buttons",children:[d&&t(N,{children:[t("button",{type:"button",class:"primary",disabled:i,onClick:()=>void a("approve"),children:["Approuver ",e.displayName]}),t("button",{type:"button",disabled:i,onClick:()=>void a("reject"),children:"Refuser"})]}),e.enrolmentStatus==="APPROVED"&&t("button",{type:"button",disabled:i||!o.trim(),onClick:()=>void a("suspend"),children:"Suspendre"}),e.enrolmentStatus==="SUSPENDED"&&t("button",{type:"button",disabled:i,onClick:()=>void a("reinstate"),children:"Rétablir"})]}),s]})}function Nr({code:e,heard:n}){let[o,r]=g(null),[a,i]=g(null);return R(()=>{A(Er,{code:e}).then(s=>r(s.interventionAlerts.nodes)).catch(s=>i(x(s)))},[e,n]),t(w,{title:"Alertes d’intervention reçues",id:"alertes",children:[a&&t(C,{kind:"error",children:a}),o&&o.length===0&&t("p",{class:"muted",children:"Aucune alerte."}),t("ul",{class:"plain alerts",children:(o??[]).map(s=>t("li",{children:[t("time",{dateTime:s.createdAt,children:Q(s.createdAt)})," — ",s.message,s.closedAt?t("p",{class:"muted",children:["Terminée le ",Q(s.closedAt)," ",s.closingMessage&&`: ${s.closingMessage}`]}):t("p",{class:"badge",children:"En cours"})]},s.id))})]})}var xr=S(`
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
`);function zn(e){return new Date(Date.now()+e*864e5).toISOString().slice(0,10)}function Tr({code:e}){let[n,o]=g(zn(-90)),[r,a]=g(zn(0)),[i,s]=g(null),[d,u]=g(null);R(()=>{let p={from:n?`${n}T00:00:00Z`:null,to:r?new Date(Date.parse(`${r}T00:00:00Z`)+864e5).toISOString():null};A(xr,{code:e,...p}).then(f=>(s(f),u(null))).catch(f=>u(x(f)))},[e,n,r]);let c=L(()=>Object.fromEntries((i?.categories??[]).map(p=>[p.code,p.label])),[i]),m=L(()=>{let p=new Map;for(let f of i?.communeActivity.reports.nodes??[]){let v=`${f.location.latitude},${f.location.longitude}`,h=p.get(v)??{...f.location,count:0};h.count+=1,p.set(v,h)}return[...p.entries()].map(([f,v])=>({id:f,latitude:v.latitude,longitude:v.longitude,weight:v.count,label:`${v.count} signalement${v.count>1?"s":""} dans ce carré d’environ 200 m`}))},[i]),y=i?.communeActivity,l=i?.communeOutlines??[];return t(w,{title:"Activité de la commune",id:"activite",children:[t("form",{class:"filters",onSubmit:p=>p.preventDefault(),"aria-label":"Période",children:[t(I,{label:"Du",type:"date",value:n,onInput:o}),t(I,{label:"Au",type:"date",value:r,onInput:a})]}),d&&t(C,{kind:"error",children:d}),y&&t("div",{class:"columns",children:[t("div",{children:[t("p",{class:"figures",children:[t("span",{children:[t("strong",{"data-testid":"activity-total",children:y.total})," signalements"]}),t("span",{children:["Délai médian de prise en compte : ",t("strong",{children:ke(y.medianSecondsToAcknowledge)})]})]}),t(qe,{weeks:we(y.byWeek,n||y.byWeek[0]?.key||r,r)}),t("div",{class:"columns",children:[t(Jn,{title:"Par catégorie",rows:y.byCategory,label:p=>c[p]??p}),t(Jn,{title:"Par statut",rows:y.byStatus,label:kn})]})]}),t(ne,{title:"Signalements de la période, par carré d’environ 200 m (sans signalant)",outlines:l,points:m,grid:!0})]})]})}function Jn({title:e,rows:n,label:o}){return t("table",{class:"counts",children:[t("caption",{children:e}),t("tbody",{children:n.map(r=>t("tr",{children:[t("th",{scope:"row",children:o(r.key)}),t("td",{children:r.count})]},r.key))})]})}var kr=S(`
  mutation SetTotp($code: String) {
    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }
  }
`);function eo({onEnabled:e}){let[n,o]=g(null),[r,a]=g(""),[i,s]=g(null),[d,u]=g(!1),[c,m]=g(!1),y=async l=>{m(!0),s(null);try{let p=await A(kr,{code:l});o(p.setTotp),p.setTotp.enabled&&e(),a("")}catch(p){p instanceof U&&p.code==="CONFLICT"?u(!0):s(x(p))}finally{m(!1)}};return t(w,{title:"Double authentification",id:"securite",children:[d&&t(C,{kind:"info",children:"La double authentification est déjà activée sur ce compte. Pour changer d’application, demandez sa réinitialisation à la préfecture."}),!n&&!d&&t(N,{children:[t("p",{children:"Protégez votre compte : à chaque connexion, un code de votre application d’authentification vous sera demandé en plus du mot de passe."}),t("button",{type:"button",disabled:c,onClick:()=>void y(null),children:"Activer la double authentification"})]}),n&&!n.enabled&&t("form",{"aria-label":"Confirmer la double authentification",onSubmit:l=>{l.preventDefault(),y(r.trim())},children:[t("p",{children:"Scannez ce code avec votre application d’authentification, puis saisissez le code qu’elle affiche."}),n.qrSvg&&t("img",{class:"qr",width:"200",height:"200",alt:"Code QR de l’application d’authentification",src:`data:image/svg+xml;charset=utf-8,${encodeURIComponent(n.qrSvg)}`}),n.secret&&t("p",{children:["Ou saisissez la clé à la main : ",t("code",{children:n.secret})]}),t(I,{label:"Code à 6 chiffres",autocomplete:"one-time-code",value:r,onInput:a,required:!0}),t("button",{type:"submit",class:"primary",disabled:c,children:"Confirmer"})]}),n?.enabled&&t(N,{children:[t(C,{kind:"success",children:"Double authentification activée."}),t("p",{children:"Codes de secours, chacun utilisable une fois si vous perdez votre téléphone. Conservez-les en lieu sûr : ils ne seront plus affichés."}),t("ul",{class:"plain recovery",children:(n.recoveryCodes??[]).map(l=>t("li",{children:t("code",{children:l})},l))})]}),i&&t(C,{kind:"error",children:i})]})}var wr=["BRIGADE_STAFF","COORDINATOR","ADMIN"];function qr(){let[e,n]=g(void 0),[o,r]=g(null),[a,i]=g(0);R(()=>{let d=Cn(u=>u===null&&n(null));return de().then(s),d},[]);let s=async d=>{if(d&&!wr.includes(d.role)){await xe(),r("Les consoles sont réservées aux brigades, aux coordinateurs communaux et à la préfecture. Les habitants utilisent l’application mobile Vigie."),n(null);return}Pn(d?.brigade?.timeZone??d?.coordinatedCommunes[0]?.timeZone),n(d)};return R(()=>{document.title=e?`${tt(e)} — Vigie`:"Connexion — Vigie"},[e]),e===void 0?t("p",{class:"loading",children:"Chargement…"}):e===null?t(Mr,{refused:o,onSignedIn:d=>void s(d)}):t(N,{children:[t("a",{class:"skip",href:"#contenu",children:"Aller au contenu"}),t("header",{class:"top",children:[t("div",{class:"brand",children:[t("img",{src:"/console/assets/vigie.svg",alt:"",width:"28",height:"28"}),t("span",{children:"Vigie"}),t("span",{class:"muted",children:tt(e)})]}),t("div",{class:"who",children:[t("span",{children:[e.displayName," — ",te[e.role]]}),t("button",{type:"button",onClick:()=>void xe(),children:"Se déconnecter"}),t("button",{type:"button",onClick:()=>void xe(!0),children:"Se déconnecter partout"})]})]}),t("main",{id:"contenu",tabIndex:-1,children:[t("h1",{children:tt(e)}),t("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),t("div",{children:[e.role==="BRIGADE_STAFF"&&e.brigade&&t(jn,{me:e}),e.role==="COORDINATOR"&&t(Xn,{me:e}),e.role==="ADMIN"&&t(Un,{me:e})]},a),t(eo,{onEnabled:()=>i(d=>d+1)})]})]})}function tt(e){return e.role==="BRIGADE_STAFF"?`Console de brigade — ${e.brigade?.name??""}`:e.role==="COORDINATOR"?`Console communale — ${e.coordinatedCommunes.map(n=>n.name).join(", ")}`:"Administration"}function Mr({refused:e,onSignedIn:n}){let[o,r]=g(""),[a,i]=g(""),[s,d]=g(""),[u,c]=g(!1),[m,y]=g(null),[l,p]=g(!1);return t("main",{class:"sign-in",id:"contenu",children:[t("img",{src:"/console/assets/vigie.svg",alt:"",width:"56",height:"56"}),t("h1",{children:"Vigie — consoles de la participation citoyenne"}),t("p",{children:"Brigades, coordinateurs communaux et préfecture : connectez-vous avec votre compte Vigie."}),e&&t(C,{kind:"error",children:e}),t("form",{onSubmit:async v=>{v.preventDefault(),p(!0),y(null);try{n(await Tn(o.trim(),a,u?s.trim():null))}catch(h){h instanceof U&&h.code==="TOTP_REQUIRED"?c(!0):y(x(h))}finally{p(!1)}},"aria-label":"Connexion",children:[t("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),t(I,{label:"Adresse électronique",type:"email",autocomplete:"username",value:o,onInput:r,required:!0}),t(I,{label:"Mot de passe",type:"password",autocomplete:"current-password",value:a,onInput:i,required:!0}),u&&t(I,{label:"Code de vérification",hint:"Le code à 6 chiffres de votre application d’authentification, ou un code de secours.",autocomplete:"one-time-code",value:s,onInput:d,required:!0}),m&&t(C,{kind:"error",children:m}),t("button",{type:"submit",class:"primary",disabled:l,children:"Se connecter"})]})]})}var to=document.getElementById("app");to&&vt(t(qr,{}),to);})();
