; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_conn = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_stacks = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !54
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !63
@tp_stacks_3 = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !69

; Function Attrs: nounwind
define i32 @tp0_inet_sock_set_state(i8* %ctx) #0 section "tracepoint/sock/inet_sock_set_state" !dbg !92 {
entry:
  %tmp3 = alloca [6 x i64], align 8, !dbg !98
  %tmp2 = alloca [3 x i64], align 8, !dbg !98
  %tmp1 = alloca [3 x i64], align 8, !dbg !98
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !97, metadata !DIExpression()), !dbg !98
  %zero = alloca i32, align 4, !dbg !99
  store i32 0, i32* %zero, align 4, !dbg !99
  %0 = bitcast [3 x i64]* %tmp1 to i8*, !dbg !99
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %0, i8 0, i64 24, i1 false), !dbg !99
  %1 = bitcast [3 x i64]* %tmp2 to i8*, !dbg !99
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %1, i8 0, i64 24, i1 false), !dbg !99
  %2 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !99
  %3 = icmp eq i64 %2, 0, !dbg !99
  br i1 %3, label %pid.match, label %pid.filter, !dbg !99

return:                                           ; preds = %rec.lost15, %stat.inc17, %rec.fill14, %pid.filter
  ret i32 0, !dbg !99

pid.filter:                                       ; preds = %entry
  %4 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !99
  %5 = lshr i64 %4, 32, !dbg !99
  %6 = icmp eq i64 %5, %2, !dbg !99
  br i1 %6, label %pid.match, label %return, !dbg !99

pid.match:                                        ; preds = %pid.filter, %entry
  %7 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp2, i64 0, i64 1, !dbg !100
  %8 = bitcast i64* %7 to i8*, !dbg !100
  %9 = getelementptr i8, i8* %ctx, i64 36, !dbg !100
  %10 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp2, i64 0, i64 0, !dbg !100
  store i64 2, i64* %10, align 8, !dbg !100
  store i64 0, i64* %7, align 8, !dbg !100
  %11 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp2, i64 0, i64 2, !dbg !100
  store i64 0, i64* %11, align 8, !dbg !100
  %12 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %8, i32 4, i8* %9) #0, !dbg !100
  %13 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp1, i64 0, i64 1, !dbg !101
  %14 = bitcast i64* %13 to i8*, !dbg !101
  %15 = getelementptr i8, i8* %ctx, i64 40, !dbg !101
  %16 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp1, i64 0, i64 0, !dbg !101
  store i64 10, i64* %16, align 8, !dbg !101
  store i64 0, i64* %13, align 8, !dbg !101
  %17 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp1, i64 0, i64 2, !dbg !101
  store i64 0, i64* %17, align 8, !dbg !101
  %18 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %14, i32 16, i8* %15) #0, !dbg !101
  %19 = bitcast [6 x i64]* %tmp3 to i8*, !dbg !102
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %19, i8* noundef nonnull align 8 dereferenceable(24) %1, i64 24, i1 false), !dbg !102
  %20 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp3, i64 0, i64 3, !dbg !102
  %21 = bitcast i64* %20 to i8*, !dbg !102
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %21, i8* noundef nonnull align 8 dereferenceable(24) %0, i64 24, i1 false), !dbg !102
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_conn to i8*), i8* nonnull %19) #0, !dbg !102
  %.not = icmp eq i8* %22, null, !dbg !102
  br i1 %.not, label %agg.init, label %agg.have, !dbg !102

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  %23 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !103
  %.not21 = icmp eq i8* %23, null, !dbg !103
  br i1 %.not21, label %rec.lost, label %rec.fill, !dbg !103

agg.have:                                         ; preds = %agg.init, %pid.match
  %agg = phi i8* [ %22, %pid.match ], [ %28, %agg.init ], !dbg !102
  %24 = bitcast i8* %agg to i64*, !dbg !102
  %25 = load i64, i64* %24, align 8, !dbg !102
  %26 = add i64 %25, 1, !dbg !102
  store i64 %26, i64* %24, align 8, !dbg !102
  br label %agg.done, !dbg !102

agg.init:                                         ; preds = %pid.match
  %27 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_conn to i8*), i8* nonnull %19, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !102
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_conn to i8*), i8* nonnull %19) #0, !dbg !102
  %.not19 = icmp eq i8* %28, null, !dbg !102
  br i1 %.not19, label %agg.full, label %agg.have, !dbg !102

agg.full:                                         ; preds = %agg.init
  %29 = bitcast i32* %zero to i8*, !dbg !102
  %30 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %29) #0, !dbg !102
  %.not20 = icmp eq i8* %30, null, !dbg !102
  br i1 %.not20, label %agg.done, label %stat.inc, !dbg !102

stat.inc:                                         ; preds = %agg.full
  %31 = getelementptr i8, i8* %30, i64 8, !dbg !102
  %32 = bitcast i8* %31 to i64*, !dbg !102
  %33 = load i64, i64* %32, align 8, !dbg !102
  %34 = add i64 %33, 1, !dbg !102
  store i64 %34, i64* %32, align 8, !dbg !102
  br label %agg.done, !dbg !102

rec.fill:                                         ; preds = %agg.done
  %35 = bitcast i8* %23 to i64*, !dbg !103
  store i64 1, i64* %35, align 8, !dbg !103
  %36 = getelementptr i8, i8* %23, i64 8, !dbg !103
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %36, i8* noundef nonnull align 8 dereferenceable(24) %1, i64 24, i1 false), !dbg !103
  %37 = getelementptr i8, i8* %23, i64 32, !dbg !103
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %37, i8* noundef nonnull align 8 dereferenceable(24) %0, i64 24, i1 false), !dbg !103
  %38 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !103
  %39 = icmp ugt i64 %38, 65536, !dbg !103
  %40 = select i1 %39, i64 2, i64 1, !dbg !103
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %23, i64 %40) #0, !dbg !103
  br label %rec.done, !dbg !103

rec.lost:                                         ; preds = %agg.done
  %41 = bitcast i32* %zero to i8*, !dbg !103
  %42 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %41) #0, !dbg !103
  %.not22 = icmp eq i8* %42, null, !dbg !103
  br i1 %.not22, label %rec.done, label %stat.inc4, !dbg !103

rec.done:                                         ; preds = %rec.lost, %stat.inc4, %rec.fill
  %43 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stacks_3 to i8*), i64 0) #0, !dbg !104
  %44 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp3, i64 0, i64 0, !dbg !105
  store i64 %43, i64* %44, align 8, !dbg !105
  %45 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_stacks to i8*), i8* nonnull %19) #0, !dbg !105
  %.not23 = icmp eq i8* %45, null, !dbg !105
  br i1 %.not23, label %agg.init9, label %agg.have8, !dbg !105

stat.inc4:                                        ; preds = %rec.lost
  %46 = bitcast i8* %42 to i64*, !dbg !103
  %47 = load i64, i64* %46, align 8, !dbg !103
  %48 = add i64 %47, 1, !dbg !103
  store i64 %48, i64* %46, align 8, !dbg !103
  br label %rec.done, !dbg !103

agg.done7:                                        ; preds = %agg.full10, %stat.inc11, %agg.have8
  %49 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !106
  %.not26 = icmp eq i8* %49, null, !dbg !106
  br i1 %.not26, label %rec.lost15, label %rec.fill14, !dbg !106

agg.have8:                                        ; preds = %agg.init9, %rec.done
  %agg13 = phi i8* [ %45, %rec.done ], [ %54, %agg.init9 ], !dbg !105
  %50 = bitcast i8* %agg13 to i64*, !dbg !105
  %51 = load i64, i64* %50, align 8, !dbg !105
  %52 = add i64 %51, 1, !dbg !105
  store i64 %52, i64* %50, align 8, !dbg !105
  br label %agg.done7, !dbg !105

agg.init9:                                        ; preds = %rec.done
  %53 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_stacks to i8*), i8* nonnull %19, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !105
  %54 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_stacks to i8*), i8* nonnull %19) #0, !dbg !105
  %.not24 = icmp eq i8* %54, null, !dbg !105
  br i1 %.not24, label %agg.full10, label %agg.have8, !dbg !105

agg.full10:                                       ; preds = %agg.init9
  %55 = bitcast i32* %zero to i8*, !dbg !105
  %56 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %55) #0, !dbg !105
  %.not25 = icmp eq i8* %56, null, !dbg !105
  br i1 %.not25, label %agg.done7, label %stat.inc11, !dbg !105

stat.inc11:                                       ; preds = %agg.full10
  %57 = getelementptr i8, i8* %56, i64 16, !dbg !105
  %58 = bitcast i8* %57 to i64*, !dbg !105
  %59 = load i64, i64* %58, align 8, !dbg !105
  %60 = add i64 %59, 1, !dbg !105
  store i64 %60, i64* %58, align 8, !dbg !105
  br label %agg.done7, !dbg !105

rec.fill14:                                       ; preds = %agg.done7
  %61 = bitcast i8* %49 to i64*, !dbg !106
  store i64 4294967297, i64* %61, align 8, !dbg !106
  %62 = getelementptr i8, i8* %49, i64 8, !dbg !106
  %63 = bitcast i8* %62 to i64*, !dbg !106
  store i64 1, i64* %63, align 8, !dbg !106
  %64 = getelementptr i8, i8* %49, i64 16, !dbg !106
  %65 = bitcast i8* %64 to i64*, !dbg !106
  store i64 1, i64* %65, align 8, !dbg !106
  %66 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !106
  %67 = icmp ugt i64 %66, 65536, !dbg !106
  %68 = select i1 %67, i64 2, i64 1, !dbg !106
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %49, i64 %68) #0, !dbg !106
  br label %return, !dbg !106

rec.lost15:                                       ; preds = %agg.done7
  %69 = bitcast i32* %zero to i8*, !dbg !106
  %70 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %69) #0, !dbg !106
  %.not27 = icmp eq i8* %70, null, !dbg !106
  br i1 %.not27, label %return, label %stat.inc17, !dbg !106

stat.inc17:                                       ; preds = %rec.lost15
  %71 = bitcast i8* %70 to i64*, !dbg !106
  %72 = load i64, i64* %71, align 8, !dbg !106
  %73 = add i64 %72, 1, !dbg !106
  store i64 %73, i64* %71, align 8, !dbg !106
  br label %return, !dbg !106
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!90, !91}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !78, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "values_special.tp", directory: ".")
!4 = !{!0, !5, !28, !54, !63, !69}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 192, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 3, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_conn", linkageName: "m_conn", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !52}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 4096, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 384, align: 64, elements: !45)
!45 = !{!46, !51}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 192, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 192, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 24, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "k1", scope: !3, file: !3, baseType: !47, size: 192, align: 8, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !53, size: 64, align: 64, offset: 192)
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!54 = !DIGlobalVariableExpression(var: !55, expr: !DIExpression())
!55 = distinct !DIGlobalVariable(name: "m_stacks", linkageName: "m_stacks", scope: !2, file: !3, type: !56, isLocal: false, isDefinition: true, align: 64)
!56 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !57)
!57 = !{!32, !37, !58, !52}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !59, size: 64, align: 64, offset: 128)
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !60, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !61)
!61 = !{!62}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!63 = !DIGlobalVariableExpression(var: !64, expr: !DIExpression())
!64 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !65, isLocal: false, isDefinition: true, align: 64)
!65 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !66)
!66 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 384, align: 8, elements: !67)
!67 = !{!68}
!68 = !DISubrange(count: 48, lowerBound: 0)
!69 = !DIGlobalVariableExpression(var: !70, expr: !DIExpression())
!70 = distinct !DIGlobalVariable(name: "tp_stacks_3", linkageName: "tp_stacks_3", scope: !2, file: !3, type: !71, isLocal: false, isDefinition: true, align: 64)
!71 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !72)
!72 = !{!73, !37, !20, !22}
!73 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !74, size: 64, align: 64)
!74 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !75, size: 64, align: 64, dwarfAddressSpace: 0)
!75 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 224, align: 32, elements: !76)
!76 = !{!77}
!77 = !DISubrange(count: 7, lowerBound: 0)
!78 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !79)
!79 = !{!80, !85}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !81, size: 64, align: 64)
!81 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !82, size: 64, align: 64, dwarfAddressSpace: 0)
!82 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !83)
!83 = !{!84}
!84 = !DISubrange(count: 27, lowerBound: 0)
!85 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !86, size: 64, align: 64, offset: 64)
!86 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !87, size: 64, align: 64, dwarfAddressSpace: 0)
!87 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !88)
!88 = !{!89}
!89 = !DISubrange(count: 262144, lowerBound: 0)
!90 = !{i32 2, !"Debug Info Version", i32 3}
!91 = !{i32 2, !"Dwarf Version", i32 4}
!92 = distinct !DISubprogram(name: "tp0_inet_sock_set_state", linkageName: "tp0_inet_sock_set_state", scope: !3, file: !3, line: 3, type: !93, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !96)
!93 = !DISubroutineType(types: !94)
!94 = !{!12, !95}
!95 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!96 = !{!97}
!97 = !DILocalVariable(name: "ctx", arg: 1, scope: !92, file: !3, line: 3, type: !95)
!98 = !DILocation(line: 3, scope: !92)
!99 = !DILocation(line: 3, column: 1, scope: !92)
!100 = !DILocation(line: 4, column: 2, scope: !92)
!101 = !DILocation(line: 5, column: 2, scope: !92)
!102 = !DILocation(line: 6, column: 2, scope: !92)
!103 = !DILocation(line: 7, column: 2, scope: !92)
!104 = !DILocation(line: 8, column: 2, scope: !92)
!105 = !DILocation(line: 9, column: 2, scope: !92)
!106 = !DILocation(line: 10, column: 2, scope: !92)
